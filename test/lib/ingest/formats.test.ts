import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FormatError, readDocument, sourceLines } from '../../../src/lib/ingest/formats/detect.ts';
import { layOut, readingOrder, findColumns, stackedOrder, storiesSideBySide, xyCutOrder } from '../../../src/lib/ingest/formats/ocr.ts';
import { joinWords, wordSpacing } from '../../../src/lib/ingest/formats/word-spaced.ts';
import { taggedRecords } from '../../../src/lib/ingest/formats/tagged.ts';
import { unifyRadicals } from '../../../src/lib/ingest/formats/radicals.ts';
import { ingestDocument } from '../../../src/lib/ingest/ingest-document.ts';

const ingest = (text: string, name: string) => ingestDocument(readDocument(text, name), { source: name });
const body = '近日，市政府召开常务会议，研究部署进一步优化营商环境工作，会议要求各部门抓好落实。';

describe('input formats', () => {
  test('a crawler line per article with `!!!!` between title and body: one article per line, no delimiter published', () => {
    const result = ingest(`优化营商环境工作会议召开!!!!${body}\n整村授信试点扩大!!!!　　${body}　　第二段：${body}\n`, 'dump.txt');
    expect(result.format).toBe('delimited');
    expect(result.articles.map((article) => [article.title, article.lines, article.blocks.length])).toEqual([
      ['优化营商环境工作会议召开', [[1, 1]], 1],
      ['整村授信试点扩大', [[2, 2]], 2],
    ]);
    expect(JSON.stringify(result.articles)).not.toContain('!!!!');
  });

  test('delimited-continued: a `!!!!` crawler file whose bodies keep their line breaks: a line without the delimiter is more of the record above, and no `!!!!` is published', () => {
    const page = `优化营商环境工作会议召开!!!!${body}\n第二段：会议要求各部门抓好落实。\n整村授信试点扩大!!!!${body}\n第二段：试点惠及农户百万户。\n第三段：农户凭信用即可贷款。\n`;
    const document = readDocument(page, 'dump.txt');
    expect(document.format).toBe('delimited');
    const result = ingest(page, 'dump.txt');
    expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.lines[0]![0])])).toEqual([
      ['优化营商环境工作会议召开', [1, 2]],
      ['整村授信试点扩大', [3, 4, 5]],
    ]);
    expect(JSON.stringify(result.articles)).not.toContain('!!!!');
    expect(sourceLines(document).slice(0, 3)).toEqual([`优化营商环境工作会议召开　${body}`, '第二段：会议要求各部门抓好落实。', `整村授信试点扩大　${body}`]);
  });

  test('tab-separated fields with a header row name their title and content columns; other fields are metadata', () => {
    const result = ingest(`id\ttitle\tcontent\tdate\n7\t放管服改革再提速\t<p>${body}</p><p>第二段&nbsp;内容。</p>\t2024-01-02\n`, 'dump.tsv');
    expect(result.format).toBe('tsv');
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({ title: '放管服改革再提速', lines: [[2, 2]] });
    expect(result.articles[0]!.blocks.map((block) => block.text)).toEqual([body, '第二段 内容。']);
  });

  test('CSV with a header row: quoted fields may hold commas and line breaks; a record keeps the line it starts on; no quote or comma is published', () => {
    const csv = `title,content,date\n放管服改革再提速,"${body}\n第二段，内容。",2024-01-02\n\n"整村授信, 试点扩大","${body}",2024-01-03\n`;
    for (const name of ['dump.csv', 'dump.txt']) {
      const result = ingest(csv, name);
      expect(result.format, name).toBe('csv');
      expect(result.articles.map((article) => [article.title, article.lines, article.blocks.map((block) => block.text)])).toEqual([
        ['放管服改革再提速', [[2, 2]], [body, '第二段，内容。']],
        ['整村授信, 试点扩大', [[5, 5]], [body]],
      ]);
      expect(result.articles.flatMap((article) => article.blocks.map((block) => block.text)).join('')).not.toMatch(/["]|2024-01/u);
    }
  });

  test('CSV with a crawler’s own Chinese names for its columns (`标题,时间,内容,一级类别,来源网站,…`): the names are a header, never an article', () => {
    const csv = `标题,时间,内容,一级类别,来源网站,访问地址\n放管服改革再提速,2024年01月02日,"${body}",政务服务,省政府网,http://example.gov.cn/a\n整村授信试点扩大,2024年01月03日,"${body}",金融,省政府网,http://example.gov.cn/b\n`;
    const result = ingest(csv, 'dump.csv');
    expect(result.format).toBe('csv');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['放管服改革再提速', [[2, 2]]],
      ['整村授信试点扩大', [[3, 3]]],
    ]);
  });

  test('a CSV file whose quote never closes is a format error naming the line', () => {
    expect(() => readDocument(`title,content\n放管服改革再提速,"${body}\n`, 'dump.csv')).toThrow(FormatError);
    expect(() => readDocument(`title,content\n放管服改革再提速,"${body}\n`, 'dump.csv')).toThrow(/CSV/u);
  });

  test('pdftotext -layout text (columns side by side on each line) is read band by band, column by column, and cites the lines it stands on', () => {
    const pad = (left: string, right: string) => `${left}${' '.repeat(20 - [...left].length)}${right}`;
    const page = [
      '          县里推行“最多跑一次”改革',
      '              本报记者 王 者',
      pad('  县政务服务中心今年推行', '群众办事更加方便，满意度'),
      pad('改革，把二十多个部门的窗', '明显提升。县里还开通了网'),
      pad('口集中到一个大厅，实行', '上办事平台，不少事项可以'),
      pad('一窗受理、集成服务。', '“掌上办”。'),
      '',
      '          乡镇财政改革试点扩大',
      '              本报记者 李君强',
      pad('  财政部日前决定，扩大改', '试点将重点解决乡镇财政'),
      pad('革试点范围，试点县由原', '困难问题，推动财力下沉。'),
      pad('来的五十个增加到一百个。', '各地要抓好落实。'),
      pad('  各地要抓好落实，按时', '各省要在年底前报送方案。'),
      pad('报送进展情况。', ''),
    ].join('\n');
    expect(readDocument(page, 'page.txt').format).toBe('layout-text');
    const result = ingest(page, 'page.txt');
    expect(result.articles.map((article) => [article.title, article.byline, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', '本报记者 王 者', [[3, 6]]],
      ['乡镇财政改革试点扩大', '本报记者 李君强', [[10, 14]]],
    ]);
    // Column by column: the left column's text runs on into the right column's.
    expect(result.articles[0]!.blocks.map((block) => block.text).join('')).toContain('一窗受理、集成服务。群众办事更加方便');
    expect(sourceLines(readDocument(page, 'page.txt'))[2]).toBe(page.split('\n')[2]);
  });

  test('a picture page (a label, a caption paragraph and a credit per picture) is one paragraph per line, though most lines are short', () => {
    const picture = (label: string, caption: string, credit: string) => [label, caption, credit];
    const page = [
      '人民日报 2025年10月3日 第4版 视觉',
      ...picture(
        '发展全过程人民民主建设',
        '2025年3月5日上午，第十四届全国人民代表大会第三次会议在北京人民大会堂开幕，代表们认真听取报告。',
        '新华社记者  岳月伟  摄',
      ),
      ...picture(
        '全面推进依法治国建设',
        '重庆开州区人民法院走进谭家镇龙溪村，法官在田间地头为村民讲解法律知识，解答群众关心的问题。',
        '新华社记者  边俊铭  摄',
      ),
      ...picture('建设更高水平平安中国', '甘肃森林消防总队张掖支队组织开展森林火灾扑救演练，提升队伍应急处置能力，守护一方平安。', '新华社记者  徐驭尧  摄'),
      ...picture('基层治理现代化建设者', '浙江杭州余杭区仓前街道开展“众人监督日”活动，居民代表走进社区议事厅，为社区建设建言献策。', '新华社记者  王小刚  摄'),
    ].join('\n');
    expect(readDocument(page, 'page.txt').format).toBe('paragraph-lines');
  });

  test('prose with two spaces between its sentences is no layout extraction: it stays one paragraph per line', () => {
    const sentences = [
      '县里推行改革的情况良好。',
      '群众办事更加方便，满意度明显提升。',
      '县里还开通了网上办事平台。',
      '不少事项可以掌上办。',
      '试点将重点解决乡镇财政困难问题。',
    ];
    const page = Array.from({ length: 14 }, (_, index) => [0, 1, 2].map((k) => sentences[(index + k * 2) % sentences.length]).join('  ')).join('\n');
    expect(readDocument(page, 'page.txt').format).toBe('paragraph-lines');
  });

  test('a word-segmented corpus copy (words set apart by spaces) is read as the text it segments, not as columns side by side', () => {
    const words = (line: string) => [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(line)].map((part) => part.segment).join('  ');
    const plain = [
      '县里推行“最多跑一次”改革',
      '本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。',
      '群众办事更加方便，满意度明显提升。县里还开通了网上办事平台，不少事项可以“掌上办”。',
      '乡镇财政改革试点扩大',
      '本报讯（记者李君强）财政部日前决定，扩大改革试点范围，试点县由原来的五十个增加到一百个。',
      '试点将重点解决乡镇财政困难问题，推动财力下沉。各省要在年底前报送方案，按时报送进展情况。',
    ];
    const page = plain.map(words).join('\n');
    expect(page).toContain('  改革  ');
    const document = readDocument(page, 'segmented.txt');
    expect(document.format).toBe('paragraph-lines');
    expect(document.evidence).toMatch(/word-segmented corpus copy/u);
    // The words are joined again: the text the segmenter reads (and the source page shows) is the text as printed.
    expect(sourceLines(document)).toEqual(plain);
    expect(ingest(page, 'segmented.txt').articles.map((article) => [article.title, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[2, 3]]],
      ['乡镇财政改革试点扩大', [[5, 6]]],
    ]);
  });

  test('part-of-speech tags of a tagged corpus copy go with the spaces; Latin words keep theirs', () => {
    const tagged = [
      '[国务院/nt 办公厅/n]nt 日前/t 印发/v 《/w 关于/p 深化/v 改革/vn 的/u 意见/n 》/w ，/w 推进/v 放管服/j 改革/vn 。/w',
      '记者/n 从/p 市/n 政务/n 服务/vn 中心/n 获悉/v ，/w 本市/r 已/d 上线/v App/x 办事/v 平台/n 。/w',
      '全市/n 共/d 有/v 一百/m 多/m 个/q 事项/n 可以/v 在/p 网上/s 办理/v ，/w 群众/n 满意/a 。/w',
    ].join('\n');
    const document = readDocument(tagged, 'tagged.txt');
    expect(document.evidence).toMatch(/with part-of-speech tags/u);
    expect(sourceLines(document)[0]).toBe('国务院办公厅日前印发《关于深化改革的意见》，推进放管服改革。');
    expect(sourceLines(document)[1]).toBe('记者从市政务服务中心获悉，本市已上线App办事平台。');
    expect(joinWords('Windows  XP  系统', false)).toBe('Windows XP系统');
  });

  test('headlines in two halves and column runs are not word segmentation', () => {
    const lines = [
      '崇尚英雄志  振兴正当时',
      '执法监督“长出牙齿”  提升依法行政水平',
      '本报记者  王  洲',
      '县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅。',
    ];
    expect(wordSpacing(lines).segmented).toBe(false);
    expect(wordSpacing(['  县政务服务中心今年推行      群众办事更加方便，满意度', '改革，把二十多个部门的窗      明显提升。县里还开通了网']).segmented).toBe(
      false,
    );
  });

  test('tab-separated fields without a header: the longest Han column is the body, the next the title', () => {
    const result = ingest(`1\t最多跑一次改革\t${body}\t2024-01-02\n2\t专精特新企业名单公布\t${body}${body}\t2024-01-03\n`, 'dump.tsv');
    expect(result.articles.map((article) => article.title)).toEqual(['最多跑一次改革', '专精特新企业名单公布']);
  });

  test('JSON Lines with varying field names; a title with no body: a video link is furniture, a story is flagged no-body', () => {
    const result = ingest(
      `{"headline": "一网通办上线", "text": "${body}", "url": "http://x"}\n{"title": "完整版视频", "content": ""}\n{"title": "为何她是新谋女郎", "content": ["", ""]}\n`,
      'dump.jsonl',
    );
    expect(result.format).toBe('jsonl');
    expect(result.articles.map((article) => [article.kind, article.title, article.flags])).toEqual([
      ['article', '一网通办上线', []],
      ['furniture', '完整版视频', []],
      ['article', '为何她是新谋女郎', ['no-body']],
    ]);
    expect(result.printed).not.toContain('{');
  });

  test('RapidOCR/EasyOCR triples, Tencent Cloud TextDetections, AWS Textract LINE blocks, Azure Read lines and Alibaba Cloud words are OCR blocks with boxes, read column by column', () => {
    const left = ['左栏新闻标题', '市政府召开常务会议研究部署进', '一步优化营商环境工作，会议要', '求各部门抓好落实，确保各项工', '作取得实效，群众满意。'];
    const right = ['右栏新闻标题', '全县开展整村授信工作以来，已', '为三千余户农户建立信用档案，', '发放贷款一亿余元，有力支持了', '乡村振兴和产业发展。'];
    // Row by row, as the tools list them: left block, right block.
    const rows = [0, 1, 2, 3, 4].flatMap((row) => [
      { text: left[row]!, x: 60, y: 100 + row * 40, w: 364, h: row === 0 ? 44 : 28 },
      { text: right[row]!, x: 480, y: 100 + row * 40, w: 364, h: row === 0 ? 44 : 28 },
    ]);
    const points = (b: (typeof rows)[number]) => [
      [b.x, b.y],
      [b.x + b.w, b.y],
      [b.x + b.w, b.y + b.h],
      [b.x, b.y + b.h],
    ];
    const shapes: Record<string, unknown> = {
      rapidocr: rows.map((b) => [points(b), b.text, 0.98]),
      tencent: {
        Response: {
          TextDetections: rows.map((b) => ({ DetectedText: b.text, Confidence: 99, ItemPolygon: { X: b.x, Y: b.y, Width: b.w, Height: b.h } })),
        },
      },
      // Points as objects: Tencent Cloud's `Polygon`, Azure AI Vision 4's `boundingPolygon`, Alibaba Cloud's `prism_wordsInfo[].pos`.
      tencentPolygon: {
        Response: { TextDetections: rows.map((b) => ({ DetectedText: b.text, Polygon: points(b).map(([X, Y]) => ({ X, Y })) })) },
      },
      azure: { readResult: { blocks: [{ lines: rows.map((b) => ({ text: b.text, boundingPolygon: points(b).map(([x, y]) => ({ x, y })) })) }] } },
      alibaba: {
        content: rows.map((b) => b.text).join(' '),
        prism_wordsInfo: rows.map((b) => ({ word: b.text, prob: 99, pos: points(b).map(([x, y]) => ({ x, y })) })),
      },
      textract: {
        Blocks: [
          { BlockType: 'PAGE', Geometry: { BoundingBox: { Left: 0, Top: 0, Width: 1, Height: 1 } } },
          ...rows.flatMap((b) => [
            { BlockType: 'LINE', Text: b.text, Geometry: { BoundingBox: { Left: b.x / 1000, Top: b.y / 1000, Width: b.w / 1000, Height: b.h / 1000 } } },
            { BlockType: 'WORD', Text: b.text.slice(0, 2), Geometry: { BoundingBox: { Left: b.x / 1000, Top: b.y / 1000, Width: 0.02, Height: b.h / 1000 } } },
          ]),
        ],
      },
    };
    for (const [tool, json] of Object.entries(shapes)) {
      const document = readDocument(JSON.stringify(json), `${tool}.json`);
      expect(document.format, tool).toBe('ocr-json');
      const result = ingestDocument(document, { source: `${tool}.json` });
      expect(
        result.articles.map((article) => article.title),
        tool,
      ).toEqual(['左栏新闻标题', '右栏新闻标题']);
      expect(result.articles[1]!.blocks.map((block) => block.text).join(''), tool).toBe(right.slice(1).join(''));
    }
  });

  test('news corpora in SGML/XML style (Sogou, Gigaword, TREC): one article per <doc>, fields cited at their lines, no tag published', () => {
    const sogou = [
      '<doc>',
      '<url>http://news.sohu.com/20080601/n257165402.shtml</url>',
      '<docno>f2467af22cd2f0ea-34913306c0bb3300</docno>',
      '<contenttitle>县里推行“最多跑一次”改革</contenttitle>',
      '<content>　　本报讯（记者王者）县政务服务中心今年推行改革 & 创新。　　群众办事更加方便，满意度明显提升。</content>',
      '</doc>',
      '<doc>',
      '<url>http://news.sohu.com/20080601/n257165403.shtml</url>',
      '<docno>f2467af22cd2f0ea-34913306c0bb3301</docno>',
      '<contenttitle>乡镇财政改革试点扩大</contenttitle>',
      '<content>　　财政部日前决定，扩大改革试点范围，试点县由原来的五十个增加到一百个。</content>',
      '</doc>',
    ].join('\n');
    const result = ingest(sogou, 'sogou.txt');
    expect(result.format).toBe('tagged');
    expect(result.articles.map((article) => [article.title, article.headLines, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[4, 4]], [[5, 5]]],
      ['乡镇财政改革试点扩大', [[10, 10]], [[11, 11]]],
    ]);
    expect(result.articles[0]!.blocks.map((block) => block.text)).toEqual([
      '本报讯（记者王者）县政务服务中心今年推行改革 & 创新。',
      '群众办事更加方便，满意度明显提升。',
    ]);
    expect(result.printed).not.toMatch(/<|docno|sohu/u);

    const gigaword = [
      '<DOC id="XIN_CMN_19910101.0001" type="story" >',
      '<HEADLINE>',
      '全国推行政务公开',
      '</HEADLINE>',
      '<DATELINE>',
      '新华社北京１月１日电',
      '</DATELINE>',
      '<TEXT>',
      '<P>',
      '国务院办公厅日前发出通知，要求各地全面推行政务公开制度。',
      '</P>',
      '<P>',
      '通知要求，各级政府要把政务公开作为转变作风的重要举措。',
      '</P>',
      '</TEXT>',
      '</DOC>',
    ].join('\n');
    expect(readDocument(gigaword, 'xin_cmn_199101.txt').format).toBe('tagged');
    expect(taggedRecords(gigaword)[0]).toEqual({
      line: 2,
      title: '全国推行政务公开',
      paragraphs: [
        '新华社北京１月１日电',
        '国务院办公厅日前发出通知，要求各地全面推行政务公开制度。',
        '通知要求，各级政府要把政务公开作为转变作风的重要举措。',
      ],
      paragraphLines: [6, 9, 12],
      byline: null,
    });
    const trec = '<DOC>\n<DOCNO> CB001001-BFJ-1 </DOCNO>\n<HEADLINE>标题一</HEADLINE>\n<TEXT>\n第一段正文。\n第二段正文。\n</TEXT>\n</DOC>\n';
    expect(taggedRecords(trec).map((entry) => [entry.title, entry.paragraphs, entry.paragraphLines])).toEqual([
      ['标题一', ['第一段正文。', '第二段正文。'], [5, 6]],
    ]);
    expect(() => readDocument('<doc>\n<url>x</url>\n</doc>\n', 'empty.txt')).toThrow(FormatError);
    // A record among others that holds no field is named in a warning, not passed over.
    const withEmpty = `${sogou}\n<doc>\n<url>http://news.sohu.com/x.shtml</url>\n</doc>\n`;
    expect(ingest(withEmpty, 'sogou.txt').warnings).toContainEqual({ line: 13, message: 'record has neither title nor body; skipped' });
  });

  test('an RSS feed and an XML dump are records too: the innermost elements with title and body fields, not the channel', () => {
    const rss = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0"><channel>',
      '<title>某市日报</title>',
      '<description>新闻频道</description>',
      '<item>',
      '<title>县里推行“最多跑一次”改革</title>',
      '<description>&lt;p&gt;县政务服务中心今年推行改革。&lt;/p&gt;&lt;p&gt;群众办事更加方便。&lt;/p&gt;</description>',
      '</item>',
      '<item>',
      '<title>乡镇财政改革试点扩大</title>',
      '<description>财政部日前决定扩大改革试点范围。</description>',
      '</item>',
      '</channel></rss>',
    ].join('\n');
    expect(readDocument(rss, 'feed.txt').format).toBe('tagged');
    expect(taggedRecords(rss).map((record) => [record.line, record.title, record.paragraphs])).toEqual([
      [6, '县里推行“最多跑一次”改革', ['县政务服务中心今年推行改革。', '群众办事更加方便。']],
      [10, '乡镇财政改革试点扩大', ['财政部日前决定扩大改革试点范围。']],
    ]);
    const dump =
      '<articles>\n  <article>\n    <title>标题一</title>\n    <author>记者王者</author>\n    <content>第一段正文。</content>\n  </article>\n</articles>\n';
    expect(taggedRecords(dump)).toEqual([{ line: 3, title: '标题一', paragraphs: ['第一段正文。'], paragraphLines: [5], byline: '记者王者' }]);
    // An HTML page is still refused as HTML.
    expect(() => readDocument('<div><p>标题</p><p>正文。</p></div>\n', 'page.txt')).toThrow(/HTML/u);
  });

  test('OCR of a page set in vertical text (竖排): each story read right to left, its headline first', () => {
    // Two stories side by side: A on the right half, B on the left; each a headline column in larger type
    // at its right edge, then its body columns leftwards. The tool lists the blocks left to right.
    const story = (right: number, head: string, columns: string[]) => [
      { text: head, box: [right - 40, 100, right, 100 + 40 * [...head].length] },
      ...columns.map((text, index) => ({ text, box: [right - 75 - index * 30, 100, right - 50 - index * 30, 100 + 25 * [...text].length] })),
    ];
    const a = story(980, '县里推行改革', ['县政务服务中心今年推行改', '革，把二十多个部门的窗口', '集中到一个大厅，实行一窗', '受理、集成服务。']);
    const b = story(480, '乡镇财政试点', ['财政部日前决定，扩大改革', '试点范围，试点县由原来的', '五十个增加到一百个。']);
    const blocks = [...a, ...b].sort((x, y) => x.box[0]! - y.box[0]!);
    const document = readDocument(JSON.stringify({ blocks }), 'vertical.json');
    expect(document.evidence).toMatch(/vertical text/u);
    const result = ingestDocument(document, { source: 'vertical.json' });
    // Units are listed by their first block number (the tool's order); each reads in its own order.
    const stories = result.articles.map((article) => [article.title, article.blocks.map((block) => block.text).join('')]);
    expect(Object.fromEntries(stories)).toEqual(
      Object.fromEntries([
        ['县里推行改革', '县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。'],
        ['乡镇财政试点', '财政部日前决定，扩大改革试点范围，试点县由原来的五十个增加到一百个。'],
      ]),
    );
  });

  test('a PDF-to-Markdown converter’s page: image links dropped, tables and links read as their text, nothing of the markup published', () => {
    const page = [
      '# 县里推行“最多跑一次”改革',
      '',
      '本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。',
      '',
      '群众办事更加方便，满意度明显提升。县里还开通了[网上办事平台](https://example.org/x)，不少事项可以**掌上办**。',
      '',
      '![](images/3f2a9c1b7d.jpg)',
      '',
      '<table><tr><td>地区</td><td>试点县</td></tr><tr><td>东部</td><td>40</td></tr></table>',
    ].join('\n');
    const document = readDocument(page, 'mineru.txt');
    expect(document.evidence).toMatch(/1 image link dropped, 1 HTML table read as text, 1 link read as text/u);
    expect(sourceLines(document).slice(4)).toEqual([
      '群众办事更加方便，满意度明显提升。县里还开通了网上办事平台，不少事项可以掌上办。',
      '',
      '',
      '',
      '地区 试点县  东部 40',
    ]);
    const result = ingest(page, 'mineru.txt');
    expect(result.articles[0]!.title).toBe('县里推行“最多跑一次”改革');
    expect(result.printed).not.toMatch(/!\[|\]\(|<t[dr]|\*\*|images\//u);
    // A table alone marks a converter's page too.
    expect(readDocument('县里推行改革。\n<table><tr><td>地区</td><td>40</td></tr></table>\n', 'table.txt').evidence).toMatch(/1 HTML table read as text/u);
  });

  test('markdown-records: a crawler’s Markdown archive is a story per heading with its source or link; page and section headings, labels, code and metadata are not stories', () => {
    const story = (n: number, title: string, extra: string[] = []) => [
      `### ${n}. ${title}`,
      '',
      '**来源：** 新华网  ',
      '**时间：** 2024-01-14 08:30',
      '',
      ...extra,
      `${title}。${body}`,
      '',
      `[查看原文](https://example.org/${n})`,
      '',
      '---',
      '',
    ];
    const page = [
      '# 2024-01-14 新闻',
      '',
      '本页每小时更新。',
      '',
      '## 国内',
      '',
      ...story(1, '整村授信试点扩大'),
      ...story(2, '县里推行“最多跑一次”改革', ['#### 正文', '']),
      ...story(3, '乡镇财政试点', ['#### 正文', '', '```html', '<div>原始页面</div>', '```', '']),
      '## 国际',
      '',
      '暂无新闻',
      '',
      ...story(4, '多国人士点赞中国发展成就'),
      '### Русский язык',
      '',
      '[阅读全文](https://example.org/ru)',
    ];
    const document = readDocument(page.join('\n'), 'digest.md');
    expect(document.format).toBe('blocks');
    expect(document.evidence).toMatch(/4 stories each under a Markdown heading .*rule markdown-records.*; 6 of the page's own/u);
    const result = ingest(page.join('\n'), 'digest.md');
    const at = (text: string) => page.indexOf(text) + 1;
    expect(result.articles.map((article) => [article.kind, article.title, article.lines])).toEqual([
      ['page-header', '2024-01-14 新闻', [[1, 1]]],
      ['furniture', '本页每小时更新。', [[3, 3]]],
      ['page-header', '国内', [[5, 5]]],
      ['article', '整村授信试点扩大', [[at('整村授信试点扩大。' + body), at('整村授信试点扩大。' + body)]]],
      // (The field label `#### 正文` is the story's line, not its text.)
      [
        'article',
        '县里推行“最多跑一次”改革',
        [
          [at('县里推行“最多跑一次”改革。' + body) - 2, at('县里推行“最多跑一次”改革。' + body) - 2],
          [at('县里推行“最多跑一次”改革。' + body), at('县里推行“最多跑一次”改革。' + body)],
        ],
      ],
      ['article', '乡镇财政试点', expect.any(Array)],
      ['page-header', '国际', [[at('## 国际'), at('## 国际')]]],
      ['furniture', '暂无新闻', [[at('暂无新闻'), at('暂无新闻')]]],
      ['article', '多国人士点赞中国发展成就', expect.any(Array)],
      ['furniture', 'Русский язык', []],
    ]);
    const fiscal = result.articles.find((article) => article.title === '乡镇财政试点')!;
    // Its raw HTML copy in a fenced block is its lines (cited) but not its text.
    expect(fiscal.lines.some(([from, to]) => from <= at('<div>原始页面</div>') && at('<div>原始页面</div>') <= to)).toBe(true);
    expect(fiscal.blocks.map((block) => block.text)).toEqual([`乡镇财政试点。${body}`]);
    expect(result.printed).not.toMatch(/\*\*|\]\(|来源|原始页面|正文|#/u);
  });

  test('markdown-records: a body written as HTML paragraphs on one line is its paragraphs; a converter’s page of a printed paper, headings and no metadata, is no record file', () => {
    const item = (title: string) => [
      `### ${title}`,
      '',
      `<p><strong>央视网消息</strong>（新闻联播）：${body}</p><p>第二段。</p>`,
      '',
      '[查看原文](https://tv.example.org/1)',
      '',
    ];
    const page = [...item('习近平致电祝贺'), ...item('全国秋粮收获近六成'), ...item('空间站梦天实验舱'), ...item('中国队夺得男团冠军')].join('\n');
    const result = ingest(page, 'xwlb.md');
    expect(result.format).toBe('blocks');
    expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.text)])).toEqual(
      ['习近平致电祝贺', '全国秋粮收获近六成', '空间站梦天实验舱', '中国队夺得男团冠军'].map((title) => [
        title,
        [`央视网消息（新闻联播）：${body}`, '第二段。'],
      ]),
    );
    // The same page with its links gone is no record file (and, HTML on every line, refused as HTML, as before).
    const converted = page.replace(/\[查看原文\]\([^)]*\)/gu, '');
    expect(() => readDocument(converted, 'xwlb.md')).toThrow(/looks like HTML/u);
    const mineru = ['# 县里推行改革', '', body, '', '# 乡镇财政试点', '', body, '', '# 整村授信试点扩大', '', body, '', '# 多国人士点赞', '', body].join('\n');
    expect(readDocument(mineru, 'page.md').format).toBe('paragraph-lines');
  });

  test('markdown-records: a link wrapped in emphasis or an HTML span is metadata; a crawler’s own fields over stories with none make an archive; a heading naming only the programme is furniture', () => {
    const wrapped = (link: string) =>
      [
        '## 《新闻联播》 20240101 19:00',
        '',
        link,
        '',
        ...['整村授信试点扩大', '县里推行改革', '乡镇财政试点', '多国人士点赞'].flatMap((title) => [`## ${title}`, '', body, '', link, '']),
      ].join('\n');
    for (const link of ['*[原文](https://tv.example.org/1)*', '<span style="color: blue"><https://www.example.org/news/1></span>']) {
      const result = ingest(wrapped(link), 'xwlb.md');
      expect(result.format).toBe('blocks');
      expect(result.articles.map((article) => [article.kind, article.title])).toEqual([
        ['furniture', '《新闻联播》 20240101 19:00'],
        ...['整村授信试点扩大', '县里推行改革', '乡镇财政试点', '多国人士点赞'].map((title) => ['article', title]),
      ]);
    }
    const numbered = ['# 新闻联播 2009-06-15', '', '- 数据源：example.org 每日聚合页', '- 抓取时间：2026-09-04T06:06:30+08:00', '']
      .concat(['整村授信试点扩大', '县里推行改革', '乡镇财政试点', '多国人士点赞'].flatMap((title, index) => [`## ${index + 1}. ${title}`, '', body, '']))
      .join('\n');
    const result = ingest(numbered, '20090615.md');
    expect(result.format).toBe('blocks');
    expect(result.articles.filter((article) => article.kind === 'article').map((article) => article.title)).toEqual([
      '整村授信试点扩大',
      '县里推行改革',
      '乡镇财政试点',
      '多国人士点赞',
    ]);
    expect(result.printed).not.toMatch(/数据源|抓取时间/u);
    // Without the crawler's fields it is a page of headings and text, as a converter writes: not an archive.
    expect(readDocument(numbered.replace(/- (?:数据源|抓取时间)：.*\n/gu, ''), '20090615.md').format).not.toBe('blocks');
  });

  test('found-delimiter: a run of marks no list names that splits every line into the same columns is the delimiter, even where empty fields make a listed `||` of it', () => {
    const titles = ['县里推行“最多跑一次”改革', '整村授信试点扩大到全省', '乡镇财政试点县增加到一百个', '多国人士点赞中国发展成就'];
    for (const mark of ['|,|', '#$#', '~|~']) {
      const page = titles.map((title, index) => [`10008660${index}`, 'news_tech,news', title, index % 2 === 0 ? '改革,试点' : '', ''].join(mark)).join('\n');
      const result = ingest(page, 'labels.txt');
      expect(result.format).toBe('delimited');
      expect(result.formatEvidence).toContain(`\`${mark}\``);
      expect(result.articles.map((article) => article.title)).toEqual(titles);
      expect(result.printed).not.toContain(mark);
    }
    // A page of text whose lines do not all hold the run is no record file.
    expect(readDocument(`县里推行改革|,|试点\n${body}\n${body}\n`, 'page.txt').format).not.toBe('delimited');
  });

  test('table-json: a data frame written as JSON (pandas to_json: by column, its default; split; values) is its records; rows whose cells are lists (OCR output) are no table', () => {
    const rows = [
      { title: '县里推行改革', content: body, date: '2024-01-01' },
      { title: '乡镇财政改革试点扩大', content: `第二篇：${body}`, date: '2024-01-02' },
    ];
    const columns = Object.keys(rows[0]!) as (keyof (typeof rows)[number])[];
    const shapes = {
      'columns.json': JSON.stringify(
        Object.fromEntries(columns.map((column) => [column, Object.fromEntries(rows.map((row, index) => [String(index), row[column]]))])),
      ),
      'split.json': JSON.stringify({ columns, index: [0, 1], data: rows.map((row) => columns.map((column) => row[column])) }),
      'values.json': JSON.stringify(
        rows.map((row) => columns.map((column) => row[column])),
        null,
        1,
      ),
    };
    for (const [name, page] of Object.entries(shapes)) {
      const result = ingest(page, name);
      expect(result.format, name).toBe('json-records');
      expect(result.formatEvidence).toMatch(/rule table-json/u);
      expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.text)])).toEqual([
        ['县里推行改革', [body]],
        ['乡镇财政改革试点扩大', [`第二篇：${body}`]],
      ]);
      expect(result.printed).not.toMatch(/2024-01-0|[[\]{}"]/u);
    }
    // (Written one row a line, each row's provenance is its line.)
    expect(ingest(shapes['values.json'], 'values.json').articles.map((article) => article.lines[0]![0])).toEqual([3, 8]);
    // PaddleOCR's [box, [text, score]] rows hold lists: OCR output, as before.
    const paddle = [
      [
        [
          [10, 10],
          [300, 10],
          [300, 30],
          [10, 30],
        ],
        ['县里推行改革', 0.99],
      ],
      [
        [
          [10, 40],
          [300, 40],
          [300, 60],
          [10, 60],
        ],
        [body, 0.98],
      ],
    ];
    expect(readDocument(JSON.stringify(paddle), 'page.json').format).toBe('ocr-json');
  });

  test('table-json and a bare `|`: a row a line as JSON lists, columns as lists, and `标题|正文` lines (with a header row or none) are records', () => {
    const titles = ['县里推行改革', '乡镇财政改革试点扩大', '整村授信试点扩大'];
    const expected = titles.map((title, index) => [title, [`${index}：${body}`]]);
    const pages = {
      'rows.txt': titles.map((title, index) => JSON.stringify([title, `${index}：${body}`, '2024-01-01'])).join('\n'),
      'lists.json': JSON.stringify({ title: titles, content: titles.map((_, index) => `${index}：${body}`) }),
      'pipes.txt': ['标题|内容', ...titles.map((title, index) => `${title}|${index}：${body}`)].join('\n'),
      'bare-pipes.txt': titles.map((title, index) => `${title}|${index}：${body}`).join('\n'),
    };
    for (const [name, page] of Object.entries(pages)) {
      const result = ingest(page, name);
      expect(
        result.articles.map((article) => [article.title, article.blocks.map((block) => block.text)]),
        name,
      ).toEqual(expected);
      expect(result.printed, name).not.toMatch(/[|[\]"]|2024-01-01/u);
    }
    expect(readDocument(pages['rows.txt'], 'rows.txt').evidence).toMatch(/3 rows, each a JSON list of cells \(rule table-json\)/u);
    expect(readDocument(pages['pipes.txt'], 'pipes.txt').evidence).toMatch(/split by `\|`, header row at line 1/u);
  });

  test('paddle-results: a PaddleOCR results file (an image name, a tab, its text boxes as JSON, a line per image) is OCR output, each image set under the one before; no JSON is published', () => {
    const boxes = (lines: string[]) =>
      JSON.stringify(
        lines.map((text, index) => ({
          transcription: text,
          points: [
            [10, 40 * index + 10],
            [400, 40 * index + 10],
            [400, 40 * index + 30],
            [10, 40 * index + 30],
          ],
        })),
      );
    const page = [
      `imgs/p1.jpg\t${boxes(['县里推行“最多跑一次”改革', `本报讯（记者王者）${body.slice(0, 20)}`, `${body.slice(20)}`])}`,
      `imgs/p2.jpg\t${boxes(['乡镇财政改革试点扩大', `本报讯（记者李君强）${body.slice(0, 20)}`, `${body.slice(20)}`])}`,
    ].join('\n');
    const document = readDocument(page, 'system_results.txt');
    expect(document.format).toBe('ocr-json');
    expect(document.evidence).toMatch(/rule paddle-results\), 2 images set one under another: 6 OCR text blocks/u);
    const result = ingest(page, 'system_results.txt');
    expect(result.articles.map((article) => [article.title, article.headLines, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[1, 1]], [[2, 3]]],
      ['乡镇财政改革试点扩大', [[4, 4]], [[5, 6]]],
    ]);
    expect(result.printed).not.toMatch(/transcription|points|imgs|[[\]{}"]/u);
    // A tab-separated crawler file is no such file: its second field is no JSON list of boxes.
    expect(readDocument(`县里推行改革\t${body}\n乡镇财政改革试点扩大\t${body}\n`, 'dump.tsv').format).toBe('tsv');
  });

  test("list-cell: a CSV whose crawler wrote Python lists into its cells (`['\\r\\n  标题\\r\\n  ']`, `[]`) reads their strings; an empty record is skipped with a warning", () => {
    const page = [
      '新闻标题,时间,内容',
      '[],[],',
      `['\\r\\n      青海启动第三届万人炫舞嘉年华\\r\\n      '],"[' 2018年08月09日 21:51\\u3000来源：', ' ']",　　${body}`,
      `['\\r\\n      卫健委通报陕西疫苗事件\\r\\n      '],[],`,
    ].join('\n');
    const result = ingest(page, 'news.csv');
    expect(result.format).toBe('csv');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['青海启动第三届万人炫舞嘉年华', [[3, 3]]],
      ['卫健委通报陕西疫苗事件', []],
    ]);
    expect(result.warnings.map((warning) => warning.line)).toContain(2);
    expect(result.printed).not.toMatch(/\\r|\[\]|\['/u);
  });

  test('label-column and title-only-column: a category label is no title; a lone column of headlines is titles with no text; R names its row-number column with nothing', () => {
    const labelled = ['体育\t湖人消息比赢球开心10倍 小拜膝伤无碍季后赛复出，球队上下都松了一口气。', `财经\t${body}`].join('\n');
    expect(ingest(labelled, 'cnews.tsv').articles.map((article) => [article.title, article.titleInferred])).toEqual([
      [expect.not.stringMatching(/^体育$/u), true],
      [expect.not.stringMatching(/^财经$/u), true],
    ]);
    const headlines = ['"","x"', '"1","指数巨量回调 两市成交额超2.9万亿元"', '"2","我国计划2026年底基本建成国家数据标准体系"'].join('\n');
    const read = ingest(headlines, 'sina_news.csv');
    expect(read.format).toBe('csv');
    expect(read.articles.map((article) => [article.title, article.titleInferred, article.lines, article.headLines])).toEqual([
      ['指数巨量回调 两市成交额超2.9万亿元', false, [], [[2, 2]]],
      ['我国计划2026年底基本建成国家数据标准体系', false, [], [[3, 3]]],
    ]);
    const urls = [
      "b'http://news.163.com/18/0326/07/DDQD9Q5S0001875O.html'\t\t《红海行动》在越南上映突然被叫停 因出现这一幕",
      "b'http://news.163.com/18/0325/07/DDNPJD2U0001875O.html'\t\t中国禁止进口洋垃圾 美国恐慌：放废金属一马",
    ].join('\n');
    expect(ingest(urls, 'news.txt').articles.map((article) => article.title)).toEqual([
      '《红海行动》在越南上映突然被叫停 因出现这一幕',
      '中国禁止进口洋垃圾 美国恐慌：放废金属一马',
    ]);
  });

  test('keyed-records: a JSON object keyed by headline (or id) whose values are articles is read as records, the key its title, cited at the line it stands on', () => {
    const dump = JSON.stringify({
      台北市推動社宅興建: { content: `台北市政府今天宣布，將在未來四年內興建兩萬戶社會住宅。${body}`, date: '2020-01-01' },
      高雄輕軌二階通車: { content: `高雄輕軌第二階段今天正式通車，沿線居民表示期待已久。${body}`, date: '2020-01-02' },
    });
    const read = ingest(`${dump}\n`, 'news.json');
    expect(read.format).toBe('json-records');
    expect(read.articles.map((article) => [article.title, article.headLines])).toEqual([
      ['台北市推動社宅興建', [[1, 1]]],
      ['高雄輕軌二階通車', [[1, 1]]],
    ]);
    expect(read.printed).not.toMatch(/[{}"]|content|date/u);
    // (Both stand on line 1: each unit its own id, so that neither's file is written over the other's.)
    expect(read.articles.map((article) => article.id)).toEqual(['news-0001', 'news-0001-2']);
  });

  test('a classification dump of `_!_` fields (id, code, category, title, keywords): the fields are columns; the category and the keywords are neither title nor text', () => {
    const dump = [
      '6550000000000000001_!_102_!_news_society_!_县政务服务中心推行“最多跑一次”改革_!_政务服务,最多跑一次,改革',
      '6550000000000000002_!_104_!_news_finance_!_整村授信试点扩大到全省十个县_!_整村授信,农商行',
      '6550000000000000003_!_103_!_news_sports_!_全民健身中心在县城新区开放_!_',
    ].join('\n');
    const read = ingest(dump, 'toutiao.txt');
    expect(read.format).toBe('delimited');
    expect(read.articles.map((article) => [article.title, article.blocks.length])).toEqual([
      ['县政务服务中心推行“最多跑一次”改革', 0],
      ['整村授信试点扩大到全省十个县', 0],
      ['全民健身中心在县城新区开放', 0],
    ]);
  });

  test('blank-line-records: a crawler dump of title lines over one line of text, a blank line between records, is one article per record, commas in titles and all', () => {
    const titles = [
      '三人篮球世界杯：塞尔维亚男队卫冕，法国女队首夺冠军',
      '全民橄榄球：巴西社区计划培养奥运选手',
      '关于中国女子橄榄球队，你需要知道的五件事',
      '东京2020奥运观赛指南：橄榄球',
    ];
    const page = titles.map((title) => `${title}\n${body}${body}`).join('\n\n');
    const result = ingest(page, 'dump.txt');
    expect(result.format).toBe('blocks');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual(titles.map((title, index) => [title, [[3 * index + 2, 3 * index + 2]]]));
    // A newspaper page with a blank line between its stories (decks, leads, several paragraphs) is read as text.
    const stories = titles.map((title) => `${title}\n本报北京1月1日讯 ${body}\n${body}`).join('\n\n');
    expect(readDocument(stories, 'page.txt').format).toBe('paragraph-lines');
  });

  test('a crawler dump of labelled fields (标题：, 来源：, 正文： …) is one article per record; no label or unseen field is published', () => {
    const dump = [
      '标题：县里推行“最多跑一次”改革',
      '来源：某市日报',
      '时间：2020-01-01',
      '链接：http://www.example.com/a/1.html',
      '正文：本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。',
      '群众办事更加方便，满意度明显提升。',
      '------',
      '来源：某市日报',
      '【标题】乡镇财政改革试点扩大',
      '作者：李君强',
      '内容：财政部日前决定，扩大改革试点范围，试点县由原来的五十个增加到一百个。',
      '',
      '试点将重点解决乡镇财政困难问题。',
      '',
      'Title: Village credit goes county-wide',
      'Content: 全县开展整村授信工作以来，已为三千余户农户建立信用档案。',
    ].join('\n');
    const result = ingest(dump, 'dump.txt');
    expect(result.format).toBe('labelled');
    expect(result.articles.map((article) => [article.title, article.byline, article.headLines, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', null, [[1, 1]], [[5, 6]]],
      [
        '乡镇财政改革试点扩大',
        '李君强',
        [[9, 9]],
        [
          [11, 11],
          [13, 13],
        ],
      ],
      ['Village credit goes county-wide', null, [[15, 15]], [[16, 16]]],
    ]);
    expect(result.printed).not.toMatch(/标题|正文|来源|链接|example|Content/u);
    // A page that merely opens with a source line, or names no body, is text.
    expect(readDocument('来源：某市日报\n县里推行改革\n本报讯（记者王者）县政务服务中心今年推行改革。\n', 'page.txt').format).not.toBe('labelled');
    expect(readDocument('标题：县里推行改革\n本报讯（记者王者）县政务服务中心今年推行改革。\n', 'page.txt').format).not.toBe('labelled');
  });

  test('inline-labels: a record’s labelled fields on one line (tab, space or 【】 between them) are one article; what follows the body label is its text', () => {
    const records = [
      ['县里推行“最多跑一次”改革', '本报讯（记者王者）县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅。'],
      ['乡镇财政改革试点扩大', '财政部日前决定，扩大改革试点范围。来源：财政部网站的通知原文如此。'],
      ['整村授信助力乡村振兴', '记者从省农信联社获悉，全省已有三千个村实现整村授信。'],
    ];
    const shapes = {
      'tab.txt': records.map(([title, text]) => `标题：${title}\t来源：某市日报\t内容：${text}`),
      'space.txt': records.map(([title, text]) => `标题：${title} 正文：${text}`),
      'brackets.txt': records.map(([title, text]) => `【标题】${title}【正文】${text}`),
      'english.txt': records.map(([title, text]) => `title: ${title} | content: ${text}`),
    };
    for (const [name, lines] of Object.entries(shapes)) {
      const result = ingest(`${lines.join('\n')}\n`, name);
      expect(result.format).toBe('labelled');
      // (The second record's text quotes a label, `来源：`: it stays in the text.)
      expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.text).join(''), article.lines])).toEqual(
        records.map(([title, text], index) => [title, text, [[index + 1, index + 1]]]),
      );
      expect(result.printed).not.toMatch(/标题|正文|内容：|某市日报|content/u);
    }
  });

  test('crawler fields named as Taiwan and Hong Kong sites name them (新聞標題, 內文) are title and body', () => {
    const dump = [
      JSON.stringify({ 新聞標題: '縣裏推行改革', 內文: '縣政務服務中心今年推行改革，把二十多個部門的窗口集中到一個大廳。' }),
      JSON.stringify({ 新聞標題: '鄉鎮財政試點擴大', 內文: '財政部日前決定，擴大改革試點範圍，試點縣由原來的五十個增加到一百個。' }),
    ].join('\n');
    const result = ingest(dump, 'tw.jsonl');
    expect(result.articles.map((article) => [article.title, article.blocks.length])).toEqual([
      ['縣裏推行改革', 1],
      ['鄉鎮財政試點擴大', 1],
    ]);
  });

  test('a headline set vertically, one character per line in the extraction, is read as one line and titles its story', () => {
    const page = [
      '县',
      '里',
      '推',
      '行',
      '改',
      '革',
      '本报讯（记者王者）县政务服务中心今年推行改',
      '革，把二十多个部门的窗口集中到一个大厅，实',
      '行一窗受理、集成服务。群众办事更加方便，满',
      '意度明显提升。',
      '',
      '乡镇财政改革试点扩大',
      '本报讯（记者李君强）财政部日前决定，扩大改',
      '革试点范围，试点县由原来的五十个增加到一百',
      '个。试点将重点解决乡镇财政困难问题。',
    ].join('\n');
    const document = readDocument(page, 'vertical-head.txt');
    expect(document.evidence).toMatch(/a headline set vertically, one or two characters per line \(lines 1–6\)/u);
    expect(sourceLines(document).slice(0, 7)).toEqual(['县里推行改革', '', '', '', '', '', '本报讯（记者王者）县政务服务中心今年推行改']);
    expect(ingest(page, 'vertical-head.txt').articles.map((article) => [article.title, article.headLines, article.lines])).toEqual([
      ['县里推行改革', [[1, 1]], [[7, 10]]],
      ['乡镇财政改革试点扩大', [[12, 12]], [[13, 15]]],
    ]);
    // Two one-character lines are no run.
    expect(readDocument('县\n里\n本报讯（记者王者）县政务服务中心今年推行改革。\n', 'short.txt').evidence).not.toMatch(/vertically/u);
  });

  test('a headline set in two vertical lines, two characters per line in the extraction, is read as one line too', () => {
    const page = [
      '能互利共生。',
      '',
      '火情',
      '危急',
      '时分',
      '群众',
      '接',
      '力救',
      '援',
      '本报记者 王伟',
      '',
      '“快来救火啊，快来人啊……”2月13日，',
      '盐城市盐南高新区科城街道财富港里，',
      '一家餐饮店的厨房起了火。',
    ].join('\n');
    const document = readDocument(page, 'pairs.txt');
    expect(sourceLines(document).slice(2, 10)).toEqual(['火情危急时分群众接力救援', '', '', '', '', '', '', '本报记者 王伟']);
    // (A column's last characters alone on a line, two or three such lines apart, are no head.)
    const column = ['县政务服务中心今年推行改', '革，把二十多个部门的窗口集', '中到一个大厅。', '服务', '更好', '群众办事更加方便。'].join('\n');
    expect(sourceLines(readDocument(column, 'column.txt'))).toEqual(column.split('\n'));
  });

  test('radical code points a PDF extraction put for characters (⼀ for 一, ⻓ for 长) are read as those characters', () => {
    const page = '县⾥推⾏“最多跑⼀次”改⾰\n本报讯（记者王者）县政务服务中⼼今年推⾏改⾰，⻓期以来群众办事难的问题得到解决。\n';
    const document = readDocument(page, 'radicals.txt');
    expect(document.evidence).toMatch(/8 radical code points/u);
    const result = ingest(page, 'radicals.txt');
    expect(result.articles[0]!.title).toBe('县里推行“最多跑一次”改革');
    expect(result.articles[0]!.blocks[0]!.text).toContain('长期以来');
    expect(result.printed).not.toMatch(/[\u2E80-\u2FDF]/u);
    expect(unifyRadicals('⺠⻔⻘⻢').text).toBe('民门青马');
    expect(unifyRadicals('没有部首').replaced).toBe(0);
  });

  test('invisible characters (zero-width spaces, soft hyphens) are dropped, so titles and terms read whole', () => {
    const page = '县里推行\u200b“最多跑一次”改革\n本报讯（记者王者）县政务服务中心今年推行改革，放\u200b管\u00ad服改革深入推进，群众办事更加方便。\n';
    expect(readDocument(page, 'zw.txt').evidence).toMatch(/3 invisible characters/u);
    const result = ingest(page, 'zw.txt');
    expect(result.articles[0]!.title).toBe('县里推行“最多跑一次”改革');
    expect(result.articles[0]!.blocks[0]!.text).toContain('放管服改革');
  });

  test('private-use characters (a PDF font with no Unicode map) are a warning naming the line, never silent', () => {
    const page = '县里推行改革\n本报讯（记者王者）县政务服务中心今年推行改革，\ue001\ue002群众办事更加方便。\n';
    const result = ingest(page, 'pua.txt');
    expect(result.warnings).toContainEqual({ line: 2, message: expect.stringMatching(/^2 characters in Unicode's Private Use Area \(such as U\+E001\)/u) });
    expect(
      ingest('县里推行改革\n本报讯（记者王者）县政务服务中心今年推行改革。\n', 'plain.txt').warnings.some((warning) => /Private Use/u.test(warning.message)),
    ).toBe(false);
  });

  test('JSON Lines whose article sits inside a wrapper on each line ({"id": 1, "data": {…}}) are read as records', () => {
    const dump = [
      JSON.stringify({ id: 1, data: { title: '县里推行改革', content: '县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅。' } }),
      JSON.stringify({ id: 2, data: { title: '乡镇财政试点扩大', content: '财政部日前决定，扩大改革试点范围。' } }),
    ].join('\n');
    const result = ingest(dump, 'wrapped.jsonl');
    expect(result.format).toBe('jsonl');
    expect(result.articles.map((article) => article.title)).toEqual(['县里推行改革', '乡镇财政试点扩大']);
  });

  test('a block the tool labels a title (type: "title") heads its story, though no box gives its type size', () => {
    const parts = [
      { type: 'title', text: '推行“最多跑一次”改革，群众办事更方便了' },
      { type: 'paragraph', text: '县政务服务中心今年推行改革，把二十多个部门的窗口集中到一个大厅，实行一窗受理、集成服务。' },
      { type: 'paragraph', text: '群众办事更加方便，满意度明显提升。' },
      { type: 'title', text: '扩大改革试点范围，推动财力下沉' },
      { type: 'paragraph', text: '财政部日前决定，扩大改革试点范围，试点县由原来的五十个增加到一百个。' },
    ];
    const result = ingest(JSON.stringify({ parts }), 'labelled-blocks.json');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['推行“最多跑一次”改革，群众办事更方便了', [[2, 3]]],
      ['扩大改革试点范围，推动财力下沉', [[5, 5]]],
    ]);
  });

  test('a body given as a list of paragraph objects ([{"type": "text", "text": …}]) is its paragraphs', () => {
    const dump = JSON.stringify([
      {
        title: '县里推行改革',
        content: [
          { type: 'text', text: '县政务服务中心今年推行改革。' },
          { type: 'text', text: '群众办事更加方便。' },
        ],
      },
      { title: '乡镇财政试点扩大', content: [{ text: '财政部日前决定，扩大改革试点范围。' }] },
    ]);
    const result = ingest(dump, 'objects.json');
    expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.text)])).toEqual([
      ['县里推行改革', ['县政务服务中心今年推行改革。', '群众办事更加方便。']],
      ['乡镇财政试点扩大', ['财政部日前决定，扩大改革试点范围。']],
    ]);
  });

  test('a story whose text is a `paragraphs` list (`{"articles": [{"headline", "paragraphs": […]}]}`) is read as records', () => {
    const dump = JSON.stringify({
      articles: [
        { headline: '县里推行改革', paragraphs: ['县政务服务中心今年推行改革。', '群众办事更加方便。'], pub_date: '2024-01-01' },
        { headline: '乡镇财政试点扩大', paras: ['财政部日前决定，扩大改革试点范围。'], pub_date: '2024-01-02' },
      ],
    });
    const result = ingest(dump, 'paragraphs.json');
    expect(result.format).toBe('json-records');
    expect(result.articles.map((article) => [article.title, article.blocks.map((block) => block.text)])).toEqual([
      ['县里推行改革', ['县政务服务中心今年推行改革。', '群众办事更加方便。']],
      ['乡镇财政试点扩大', ['财政部日前决定，扩大改革试点范围。']],
    ]);
  });

  test('a YAML front matter opening a Markdown page is no text, but for its title; a labelled dump that opens with a rule is a dump', () => {
    const page = [
      '---',
      'title: 基层减负如何落到实处',
      'date: 2024-05-10',
      'tags: [基层, 减负]',
      '---',
      '',
      '基层减负，是近年来各地持续推进的一项重要工作。',
      '',
      '## 文件会议明显减少',
      '',
      '不少乡镇干部反映，今年的文件和会议明显少了。',
      '',
    ].join('\n');
    const document = readDocument(page, 'article.md');
    expect(document.evidence).toMatch(/a YAML front matter \(lines 1–5\) read as its title alone/u);
    const result = ingestDocument(document, { source: 'article.md' });
    // (Before: `title: 基层减负如何落到实处` was the headline, and `date:` and `tags:` were printed.)
    expect(result.articles.map((unit) => [unit.title, unit.headLines])).toEqual([['基层减负如何落到实处', [[2, 2]]]]);
    expect(result.printed).not.toMatch(/title|date|tags|2024-05-10/u);
    // (A block that holds a story's text is a crawler's labelled record, and a rule over the first record is a rule.)
    const dump = [
      '---',
      'title: 县里推行改革',
      'content: 县政务服务中心今年推行改革。',
      '---',
      'title: 乡镇财政试点扩大',
      'content: 财政部日前决定，扩大改革试点范围。',
      '---',
      '',
    ].join('\n');
    const records = ingest(dump, 'dump.txt');
    expect(records.format).toBe('labelled');
    expect(records.articles.map((unit) => unit.title)).toEqual(['县里推行改革', '乡镇财政试点扩大']);
  });

  test('PyMuPDF text as a dict (blocks of lines of spans, a span per font): a line is one block, its spans joined, type size from its box', () => {
    const line = (spans: [string, number, number][], y: number, height: number) => ({
      spans: spans.map(([text, x0, x1]) => ({ text, size: height, bbox: [x0, y, x1, y + height] })),
      bbox: [spans[0]![1], y, spans.at(-1)![2], y + height],
    });
    const blocks = [
      { type: 0, lines: [line([['县里推行“最多跑一次”改革', 60, 420]], 100, 30)] },
      {
        type: 0,
        lines: [
          line(
            [
              ['本报讯', 60, 96],
              ['（记者王者）县政务服务中心今年推行改', 96, 424],
            ],
            150,
            14,
          ),
          line([['革，把二十多个部门的窗口集中到一个大厅，实', 60, 424]], 168, 14),
          line([['行一窗受理、集成服务。', 60, 260]], 186, 14),
        ],
      },
    ];
    const document = readDocument(JSON.stringify({ width: 595, height: 842, blocks }), 'pymupdf.json');
    expect(sourceLines(document)).toEqual([
      '县里推行“最多跑一次”改革',
      '本报讯（记者王者）县政务服务中心今年推行改',
      '革，把二十多个部门的窗口集中到一个大厅，实',
      '行一窗受理、集成服务。',
    ]);
    const result = ingestDocument(document, { source: 'pymupdf.json' });
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([['县里推行“最多跑一次”改革', [[2, 4]]]]);
  });

  test('a result giving the text at several granularities (Azure: words, lines, paragraphs with roles) is read once, from the labelled paragraphs', () => {
    const azure = {
      status: 'succeeded',
      analyzeResult: {
        apiVersion: '2024-11-30',
        pages: [
          {
            pageNumber: 1,
            width: 8.5,
            height: 11,
            words: [
              { content: '县里推行', polygon: [1, 1, 2.5, 1, 2.5, 1.4, 1, 1.4] },
              { content: '改革', polygon: [2.5, 1, 4, 1, 4, 1.4, 2.5, 1.4] },
              { content: '本报讯（记者王者）县政务服务中心今年推行改革。', polygon: [1, 1.6, 7, 1.6, 7, 1.8, 1, 1.8] },
              { content: '乡镇财政', polygon: [1, 3, 2.5, 3, 2.5, 3.4, 1, 3.4] },
              { content: '试点扩大', polygon: [2.5, 3, 4, 3, 4, 3.4, 2.5, 3.4] },
              { content: '财政部日前决定，扩大改革试点范围。', polygon: [1, 3.6, 7, 3.6, 7, 3.8, 1, 3.8] },
            ],
            lines: [
              { content: '县里推行改革', polygon: [1, 1, 4, 1, 4, 1.4, 1, 1.4] },
              { content: '本报讯（记者王者）县政务服务中心今年推行改革。', polygon: [1, 1.6, 7, 1.6, 7, 1.8, 1, 1.8] },
              { content: '乡镇财政试点扩大', polygon: [1, 3, 4, 3, 4, 3.4, 1, 3.4] },
              { content: '财政部日前决定，扩大改革试点范围。', polygon: [1, 3.6, 7, 3.6, 7, 3.8, 1, 3.8] },
            ],
          },
        ],
        paragraphs: [
          { role: 'title', content: '县里推行改革', boundingRegions: [{ pageNumber: 1, polygon: [1, 1, 4, 1, 4, 1.4, 1, 1.4] }] },
          { content: '本报讯（记者王者）县政务服务中心今年推行改革。', boundingRegions: [{ pageNumber: 1, polygon: [1, 1.6, 7, 1.6, 7, 1.8, 1, 1.8] }] },
          { role: 'title', content: '乡镇财政试点扩大', boundingRegions: [{ pageNumber: 1, polygon: [1, 3, 4, 3, 4, 3.4, 1, 3.4] }] },
          { content: '财政部日前决定，扩大改革试点范围。', boundingRegions: [{ pageNumber: 1, polygon: [1, 3.6, 7, 3.6, 7, 3.8, 1, 3.8] }] },
        ],
      },
    };
    const document = readDocument(JSON.stringify(azure), 'azure.json');
    expect(sourceLines(document)).toEqual([
      '县里推行改革',
      '本报讯（记者王者）县政务服务中心今年推行改革。',
      '乡镇财政试点扩大',
      '财政部日前决定，扩大改革试点范围。',
    ]);
    const result = ingestDocument(document, { source: 'azure.json' });
    expect(result.articles.map((article) => article.title)).toEqual(['县里推行改革', '乡镇财政试点扩大']);
    // Lists of other text under other fields are all read: nothing is dropped as a duplicate.
    const parts = {
      header: [{ text: '某市日报 2025年1月1日 第2版', box: [60, 20, 600, 40] }],
      body: [
        { text: '县里推行改革', box: [60, 100, 300, 140] },
        { text: '本报讯（记者王者）县政务服务中心今年推行改革。', box: [60, 160, 600, 180] },
      ],
    };
    expect(sourceLines(readDocument(JSON.stringify(parts), 'parts.json'))).toEqual([
      '某市日报 2025年1月1日 第2版',
      '县里推行改革',
      '本报讯（记者王者）县政务服务中心今年推行改革。',
    ]);
  });

  test('OCR in markup, hOCR (Tesseract), ALTO XML, ABBYY FineReader XML and PAGE XML: one block per text line with its box, no markup published', () => {
    const pages = {
      hocr: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\" lang=\"en\">\n <head><title></title><meta name='ocr-system' content='tesseract 5.3.0' /></head>\n <body>\n  <div class='ocr_page' id='page_1' title='image \"p.png\"; bbox 0 0 1000 1400; ppageno 0'>\n   <div class='ocr_carea' id='block_1_1' title=\"bbox 60 100 424 300\">\n    <p class='ocr_par' id='par_1_1' lang='chi_sim'>\n     <span class='ocr_line' id='line_1_1' title=\"bbox 60 100 420 144; x_size 44\"><span class='ocrx_word' id='word_1_1' title='bbox 60 100 420 144; x_wconf 95'>县里推行“最多跑一次”改革</span></span>\n     <span class='ocr_line' id='line_1_2' title=\"bbox 60 160 424 188; x_size 28\"><span class='ocrx_word' title='bbox 60 160 200 188'>本报讯（记者王者）</span><span class='ocrx_word' title='bbox 200 160 424 188'>县政务服务中心今年推行改</span></span>\n     <span class='ocr_line' id='line_1_3' title=\"bbox 60 200 424 228; x_size 28\"><span class='ocrx_word' title='bbox 60 200 424 228'>革，把二十多个部门的窗口集中到一个大厅，实</span></span>\n     <span class='ocr_line' id='line_1_4' title=\"bbox 60 240 260 268; x_size 28\"><span class='ocrx_word' title='bbox 60 240 260 268'>行一窗受理、集成服务。</span></span>\n    </p>\n   </div>\n  </div>\n </body>\n</html>\n",
      alto: '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">\n <Layout><Page ID="P1" WIDTH="1000" HEIGHT="1400"><PrintSpace>\n  <TextBlock ID="B1" HPOS="60" VPOS="100" WIDTH="364" HEIGHT="200">\n   <TextLine ID="L1" HPOS="60" VPOS="100" WIDTH="360" HEIGHT="44"><String CONTENT="县里推行“最多跑一次”改革" HPOS="60" VPOS="100" WIDTH="360" HEIGHT="44"/></TextLine>\n   <TextLine ID="L2" HPOS="60" VPOS="160" WIDTH="364" HEIGHT="28"><String CONTENT="本报讯（记者王者）县政务服务中心今年推行改"/></TextLine>\n   <TextLine ID="L3" HPOS="60" VPOS="200" WIDTH="364" HEIGHT="28"><String CONTENT="革，把二十多个部门的窗口集中到一个大厅，实"/></TextLine>\n   <TextLine ID="L4" HPOS="60" VPOS="240" WIDTH="200" HEIGHT="28"><String CONTENT="行一窗受理、集成服务。"/></TextLine>\n  </TextBlock>\n </PrintSpace></Page></Layout>\n</alto>\n',
      abbyy:
        '<?xml version="1.0" encoding="UTF-8"?>\n<document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml" version="1.0" producer="FineReader 10">\n<page width="1000" height="1400" resolution="300"><block blockType="Text" l="60" t="100" r="424" b="268"><text><par><line baseline="144" l="60" t="100" r="420" b="144"><formatting lang="ChinesePRC"><charParams l="60" t="100" r="420" b="144">县</charParams><charParams l="60" t="100" r="420" b="144">里</charParams><charParams l="60" t="100" r="420" b="144">推</charParams><charParams l="60" t="100" r="420" b="144">行</charParams><charParams l="60" t="100" r="420" b="144">“</charParams><charParams l="60" t="100" r="420" b="144">最</charParams><charParams l="60" t="100" r="420" b="144">多</charParams><charParams l="60" t="100" r="420" b="144">跑</charParams><charParams l="60" t="100" r="420" b="144">一</charParams><charParams l="60" t="100" r="420" b="144">次</charParams><charParams l="60" t="100" r="420" b="144">”</charParams><charParams l="60" t="100" r="420" b="144">改</charParams><charParams l="60" t="100" r="420" b="144">革</charParams></formatting></line><line baseline="188" l="60" t="160" r="424" b="188"><formatting lang="ChinesePRC"><charParams l="60" t="160" r="424" b="188">本</charParams><charParams l="60" t="160" r="424" b="188">报</charParams><charParams l="60" t="160" r="424" b="188">讯</charParams><charParams l="60" t="160" r="424" b="188">（</charParams><charParams l="60" t="160" r="424" b="188">记</charParams><charParams l="60" t="160" r="424" b="188">者</charParams><charParams l="60" t="160" r="424" b="188">王</charParams><charParams l="60" t="160" r="424" b="188">者</charParams><charParams l="60" t="160" r="424" b="188">）</charParams><charParams l="60" t="160" r="424" b="188">县</charParams><charParams l="60" t="160" r="424" b="188">政</charParams><charParams l="60" t="160" r="424" b="188">务</charParams><charParams l="60" t="160" r="424" b="188">服</charParams><charParams l="60" t="160" r="424" b="188">务</charParams><charParams l="60" t="160" r="424" b="188">中</charParams><charParams l="60" t="160" r="424" b="188">心</charParams><charParams l="60" t="160" r="424" b="188">今</charParams><charParams l="60" t="160" r="424" b="188">年</charParams><charParams l="60" t="160" r="424" b="188">推</charParams><charParams l="60" t="160" r="424" b="188">行</charParams><charParams l="60" t="160" r="424" b="188">改</charParams></formatting></line><line baseline="228" l="60" t="200" r="424" b="228"><formatting lang="ChinesePRC"><charParams l="60" t="200" r="424" b="228">革</charParams><charParams l="60" t="200" r="424" b="228">，</charParams><charParams l="60" t="200" r="424" b="228">把</charParams><charParams l="60" t="200" r="424" b="228">二</charParams><charParams l="60" t="200" r="424" b="228">十</charParams><charParams l="60" t="200" r="424" b="228">多</charParams><charParams l="60" t="200" r="424" b="228">个</charParams><charParams l="60" t="200" r="424" b="228">部</charParams><charParams l="60" t="200" r="424" b="228">门</charParams><charParams l="60" t="200" r="424" b="228">的</charParams><charParams l="60" t="200" r="424" b="228">窗</charParams><charParams l="60" t="200" r="424" b="228">口</charParams><charParams l="60" t="200" r="424" b="228">集</charParams><charParams l="60" t="200" r="424" b="228">中</charParams><charParams l="60" t="200" r="424" b="228">到</charParams><charParams l="60" t="200" r="424" b="228">一</charParams><charParams l="60" t="200" r="424" b="228">个</charParams><charParams l="60" t="200" r="424" b="228">大</charParams><charParams l="60" t="200" r="424" b="228">厅</charParams><charParams l="60" t="200" r="424" b="228">，</charParams><charParams l="60" t="200" r="424" b="228">实</charParams></formatting></line><line baseline="268" l="60" t="240" r="260" b="268"><formatting lang="ChinesePRC"><charParams l="60" t="240" r="260" b="268">行</charParams><charParams l="60" t="240" r="260" b="268">一</charParams><charParams l="60" t="240" r="260" b="268">窗</charParams><charParams l="60" t="240" r="260" b="268">受</charParams><charParams l="60" t="240" r="260" b="268">理</charParams><charParams l="60" t="240" r="260" b="268">、</charParams><charParams l="60" t="240" r="260" b="268">集</charParams><charParams l="60" t="240" r="260" b="268">成</charParams><charParams l="60" t="240" r="260" b="268">服</charParams><charParams l="60" t="240" r="260" b="268">务</charParams><charParams l="60" t="240" r="260" b="268">。</charParams></formatting></line></par></text></block></page>\n</document>\n',
      'page-xml':
        '<?xml version="1.0" encoding="UTF-8"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageFilename="p.png" imageWidth="1000" imageHeight="1400"><TextRegion id="r1"><Coords points="60,100 424,100 424,268 60,268"/><TextLine id="l0"><Coords points="60,100 420,100 420,144 60,144"/><TextEquiv><Unicode>县里推行“最多跑一次”改革</Unicode></TextEquiv></TextLine><TextLine id="l1"><Coords points="60,160 424,160 424,188 60,188"/><TextEquiv><Unicode>本报讯（记者王者）县政务服务中心今年推行改</Unicode></TextEquiv></TextLine><TextLine id="l2"><Coords points="60,200 424,200 424,228 60,228"/><TextEquiv><Unicode>革，把二十多个部门的窗口集中到一个大厅，实</Unicode></TextEquiv></TextLine><TextLine id="l3"><Coords points="60,240 260,240 260,268 60,268"/><TextEquiv><Unicode>行一窗受理、集成服务。</Unicode></TextEquiv></TextLine><TextEquiv><Unicode>县里推行“最多跑一次”改革\n本报讯（记者王者）县政务服务中心今年推行改\n革，把二十多个部门的窗口集中到一个大厅，实\n行一窗受理、集成服务。</Unicode></TextEquiv></TextRegion></Page></PcGts>\n',
    };
    for (const [format, page] of Object.entries(pages)) {
      const document = readDocument(page, `${format}.txt`);
      expect(document.format, format).toBe(format);
      expect(sourceLines(document), format).toEqual([
        '县里推行“最多跑一次”改革',
        '本报讯（记者王者）县政务服务中心今年推行改',
        '革，把二十多个部门的窗口集中到一个大厅，实',
        '行一窗受理、集成服务。',
      ]);
      const result = ingestDocument(document, { source: `${format}.txt` });
      expect(
        result.articles.map((article) => [article.title, article.lines]),
        format,
      ).toEqual([['县里推行“最多跑一次”改革', [[2, 4]]]]);
      expect(result.printed, format).not.toMatch(/[<>]|bbox|CONTENT|charParams|Unicode/u);
    }
  });

  test("pdftotext -bbox-layout output (a PDF page with every line's box) is read by its boxes: columns in reading order, pages in turn, no markup published; -bbox (words only) is put together into lines", () => {
    const word = (x0: number, y0: number, x1: number, text: string) => `<word xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y0 + 12}">${text}</word>`;
    const line = (x0: number, y0: number, x1: number, ...words: string[]) =>
      `<line xMin="${x0}" yMin="${y0}" xMax="${x1}" yMax="${y0 + 12}">${words.join('')}</line>`;
    const head =
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>p.pdf</title></head><body><doc>';
    // pdftotext listed the lines row by row, across both columns (eight rows): the boxes put the left column first.
    const rows = [0, 1, 2, 3, 4, 5, 6, 7];
    const page = (top: string) =>
      `<page width="400.000000" height="600.000000"><flow><block xMin="20" yMin="20" xMax="380" yMax="200">${line(100, 20, 300, word(100, 20, 300, `${top}县里推行改革`))}${rows
        .map(
          (row) =>
            line(20, 50 + row * 16, 180, word(20, 50 + row * 16, 150, `左栏第${row}行正文`), word(154, 50 + row * 16, 180, 'GDP')) +
            line(220, 50 + row * 16, 380, word(220, 50 + row * 16, 380, `右栏第${row}行正文`)),
        )
        .join('')}</block></flow></page>`;
    const text = `${head}${page('')}${page('又')}</doc></body></html>`;
    const document = readDocument(text, 'page.html');
    expect(document.format).toBe('pdf-bbox');
    expect(sourceLines(document).slice(0, 3)).toEqual(['县里推行改革', '左栏第0行正文GDP', '右栏第0行正文']);
    // Read by the boxes: each page's head, its left column, its right column; the second page after the first.
    const left = (first: number) => rows.map((row) => first + 1 + 2 * row);
    const right = (first: number) => rows.map((row) => first + 2 + 2 * row);
    expect(document.kind === 'ocr' && document.layout.blockOfLine.filter(Boolean)).toEqual([1, ...left(1), ...right(1), 18, ...left(18), ...right(18)]);
    const result = ingestDocument(document, { source: 'page.html' });
    expect(result.articles.length).toBeGreaterThan(0);
    expect(result.printed).not.toMatch(/[<>]|xMin|word/u);
    // -bbox gives words only: the words of one line run on, left to right, on one baseline.
    const words = `${head}<page width="400" height="600">${word(100, 20, 300, '县里推行改革')}${word(20, 50, 100, '本报讯')}${word(104, 50, 180, '（记者王者）')}${word(20, 66, 180, '县政务服务中心今年推行改革。')}</page></doc></body></html>`;
    expect(sourceLines(readDocument(words, 'words.html'))).toEqual(['县里推行改革', '本报讯（记者王者）', '县政务服务中心今年推行改革。']);
  });

  test('Google Cloud Vision (symbols with their line breaks, or word entries) and docTR (words in lines, boxes relative to the page) are read as text lines with boxes', () => {
    const vertices = (x0: number, y0: number, x1: number, y1: number) => ({
      vertices: [
        { x: x0, y: y0 },
        { x: x1, y: y0 },
        { x: x1, y: y1 },
        { x: x0, y: y1 },
      ],
    });
    // One paragraph printed on two lines: the symbol that ends the first line carries a LINE_BREAK; a space between two Latin words.
    const symbols = (text: string, end?: string) =>
      [...text].map((char, index) => ({ text: char, ...(end && index === [...text].length - 1 ? { property: { detectedBreak: { type: end } } } : {}) }));
    const vision = {
      responses: [
        {
          textAnnotations: [{ locale: 'zh', description: '县里推行改革\n…' }],
          fullTextAnnotation: {
            text: '…',
            pages: [
              {
                blocks: [
                  { paragraphs: [{ words: [{ boundingBox: vertices(100, 20, 300, 50), symbols: symbols('县里推行改革', 'EOL_SURE_SPACE') }] }] },
                  {
                    paragraphs: [
                      {
                        words: [
                          { boundingBox: vertices(20, 60, 300, 80), symbols: symbols('本报讯县政务服务中心今年推行', 'SPACE') },
                          { boundingBox: vertices(304, 60, 380, 80), symbols: symbols('Windows', 'SPACE') },
                          { boundingBox: vertices(384, 60, 420, 80), symbols: symbols('XP', 'LINE_BREAK') },
                          { boundingBox: vertices(20, 90, 380, 110), symbols: symbols('改革，把窗口集中到一个大厅。') },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
        },
      ],
    };
    const lines = ['县里推行改革', '本报讯县政务服务中心今年推行Windows XP', '改革，把窗口集中到一个大厅。'];
    const visionDocument = readDocument(JSON.stringify(vision), 'vision.json');
    expect(visionDocument.format).toBe('ocr-json');
    expect(sourceLines(visionDocument)).toEqual(lines);
    expect(visionDocument.evidence).toMatch(/all with boxes/u);
    // The same result without its full annotation: the word entries, put together into lines by their boxes.
    const words = {
      textAnnotations: [
        { description: lines.join('\n') },
        ...[
          ['县里推行改革', 100, 20, 300],
          ['本报讯县政务服务中心今年推行', 20, 60, 300],
          ['Windows', 304, 60, 380],
          ['XP', 384, 60, 420],
          ['改革，把窗口集中到一个大厅。', 20, 90, 380],
        ].map(([text, x0, y0, x1]) => ({ description: text, boundingPoly: vertices(x0 as number, y0 as number, x1 as number, (y0 as number) + 20) })),
      ],
    };
    expect(sourceLines(readDocument(JSON.stringify(words), 'vision-words.json'))).toEqual(lines);
    // docTR: two columns, listed right column first; the boxes (relative to a 400 × 600 page) put the left one first.
    const line = (text: string, x0: number, y0: number, x1: number) => ({
      geometry: [
        [x0 / 400, y0 / 600],
        [x1 / 400, (y0 + 16) / 600],
      ],
      words: [
        {
          value: text,
          confidence: 0.9,
          geometry: [
            [x0 / 400, y0 / 600],
            [x1 / 400, (y0 + 16) / 600],
          ],
        },
      ],
    });
    const rows = [0, 1, 2, 3, 4, 5];
    const doctr = {
      pages: [
        {
          page_idx: 0,
          dimensions: [600, 400],
          blocks: [
            { lines: rows.map((row) => line(`右栏第${row}行正文文字`, 220, 40 + row * 20, 380)) },
            { lines: rows.map((row) => line(`左栏第${row}行正文文字`, 20, 40 + row * 20, 180)) },
          ],
        },
      ],
    };
    const doctrDocument = readDocument(JSON.stringify(doctr), 'doctr.json');
    expect(doctrDocument.format).toBe('ocr-json');
    expect(doctrDocument.kind === 'ocr' && doctrDocument.layout.blockOfLine.filter(Boolean)).toEqual([7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
  });

  test('review mends: boxes of no number are kept by stacked-stories; a story whose last column is short is one story; a short first line of a higher column is no head; pages of ABBYY and Vision files read in turn; PAGE XML text on words only; a pdftotext line across a gutter is two lines', () => {
    // Blocks whose top is NaN or Infinity stay in the order (the last strip takes them).
    let n = 0;
    const { at, first, full, last } = paragraphLines(() => ++n);
    const story = [
      at('头条标题横跨两栏', 40, 360, 0, 40),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((row) => [first, full, full, full, full, first, full, full][row]!(`左${row}`, 0, 60 + row * 30)),
      // Row 4 of the left column ends a paragraph at the column's full width; the right column is shorter.
      full('右0', 210, 60),
      last('右1', 210, 90),
      first('右2', 210, 120),
      last('右3', 210, 150),
    ];
    const read = (order: readonly { text: string }[]) => order.map((block) => block.text.slice(0, 2));
    expect(read(stackedOrder(story))).toEqual(read(readingOrder(story)));
    const broken = [...story, { n: 99, text: '坏框文字', box: { x0: 0, y0: Number.POSITIVE_INFINITY, x1: 100, y1: Number.POSITIVE_INFINITY } }];
    expect(stackedOrder(broken).length).toBe(broken.length);
    // A column that starts higher (a photo over the others) opening with one-line paragraphs is read in its turn.
    n = 0;
    const photo = [
      ...[0, 1, 2, 3].map((row) => (row % 2 ? full : first)(`一${row}`, 0, 200 + row * 30)),
      ...[0, 1, 2, 3].map((row) => (row % 2 ? first : full)(`二${row}`, 210, 200 + row * 30)),
      at('三0短段。', 452, 540, 0),
      at('三1短段。', 452, 540, 30),
      first('三2', 420, 60),
      full('三3', 420, 90),
      last('三4', 420, 120),
    ];
    expect(read(readingOrder(photo)).slice(0, 2)).toEqual(['一0', '一1']);
    // Two ABBYY pages, two Vision responses: the first page's lines, then the second's.
    const abbyyLine = (text: string, y: number) =>
      `<line baseline="${y + 20}" l="60" t="${y}" r="400" b="${y + 20}"><formatting>${[...text].map((char) => `<charParams>${char}</charParams>`).join('')}</formatting></line>`;
    const abbyyPage = (name: string) =>
      `<page width="1000" height="1400"><block blockType="Text"><text><par>${abbyyLine(`${name}第一行`, 100)}${abbyyLine(`${name}第二行`, 140)}</par></text></block></page>`;
    const abbyy = `<?xml version="1.0"?><document xmlns="http://www.abbyy.com/FineReader_xml/FineReader10-schema-v1.xml">${abbyyPage('第一页')}${abbyyPage('第二页')}</document>`;
    expect(sourceLines(readDocument(abbyy, 'book.xml'))).toEqual(['第一页第一行', '第一页第二行', '第二页第一行', '第二页第二行']);
    const vertices = (y: number) => ({
      vertices: [
        { x: 60, y },
        { x: 400, y },
        { x: 400, y: y + 20 },
        { x: 60, y: y + 20 },
      ],
    });
    const response = (name: string) => ({
      textAnnotations: [
        { description: '…' },
        { description: `${name}第一行`, boundingPoly: vertices(100) },
        { description: `${name}第二行`, boundingPoly: vertices(140) },
      ],
    });
    expect(sourceLines(readDocument(JSON.stringify({ responses: [response('第一页'), response('第二页')] }), 'vision.json'))).toEqual([
      '第一页第一行',
      '第一页第二行',
      '第二页第一行',
      '第二页第二行',
    ]);
    // PAGE XML whose line gives its text on its words only.
    const pageXml =
      '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page><TextRegion><TextLine id="l1"><Coords points="60,100 400,100 400,120 60,120"/><Word><Coords points="60,100 200,100 200,120 60,120"/><TextEquiv><Unicode>人民</Unicode></TextEquiv></Word><Word><Coords points="200,100 400,100 400,120 200,120"/><TextEquiv><Unicode>日报</Unicode></TextEquiv></Word></TextLine></TextRegion></Page></PcGts>';
    expect(sourceLines(readDocument(pageXml, 'page.xml'))).toEqual(['人民日报']);
    // pdftotext ran one line across a narrow gutter: its words a gutter apart are two lines, one in each column.
    const word = (x0: number, x1: number, text: string) => `<word xMin="${x0}" yMin="100" xMax="${x1}" yMax="112">${text}</word>`;
    const bbox = `<html><body><doc><page width="400" height="600"><flow><block><line xMin="20" yMin="100" xMax="380" yMax="112">${word(20, 180, '左栏一行正文文字')}${word(196, 380, '右栏一行正文文字')}</line></block></flow></page></doc></body></html>`;
    const gutter = readDocument(bbox, 'gutter.html');
    // Both parts are cited by the line's number in the file, and shown there.
    expect(gutter.kind === 'ocr' && gutter.layout.text.split('\n').filter(Boolean)).toEqual(['左栏一行正文文字', '右栏一行正文文字']);
    expect(gutter.kind === 'ocr' && gutter.layout.blockOfLine.filter(Boolean)).toEqual([1, 1]);
    expect(sourceLines(gutter)).toEqual(['左栏一行正文文字　右栏一行正文文字']);
  });

  test('a JSON list of articles is read as records', () => {
    const result = ingest(
      JSON.stringify(
        [
          { title: '甲', content: body },
          { title: '乙', content: body },
        ],
        null,
        2,
      ),
      'dump.json',
    );
    expect(result.format).toBe('json-records');
    expect(result.articles.map((article) => article.title)).toEqual(['甲', '乙']);
  });

  test('PaddleOCR output in two columns, listed row by row: read column by column, cited by block number', () => {
    const box = (x: number, y: number, w: number, h = 28) => [
      [x, y],
      [x + w, y],
      [x + w, y + h],
      [x, y + h],
    ];
    const left = ['左栏新闻标题', '市政府召开常务会议研究部署进', '一步优化营商环境工作，会议要', '求各部门抓好落实，确保各项工', '作取得实效，群众满意。'];
    const right = ['右栏新闻标题', '全县开展整村授信工作以来，已', '为三千余户农户建立信用档案，', '发放贷款一亿余元，有力支持了', '乡村振兴和产业发展。'];
    const blocks: unknown[] = [];
    for (let row = 0; row < 5; row++) {
      const height = row === 0 ? 44 : 28;
      blocks.push([box(60, 100 + row * 40, 364, height), [left[row]!, 0.99]]);
      blocks.push([box(480, 100 + row * 40, 364, height), [right[row]!, 0.98]]);
    }
    const document = readDocument(JSON.stringify(blocks), 'page.json');
    expect(document.format).toBe('ocr-json');
    if (document.kind !== 'ocr') throw new Error('not OCR');
    expect(document.layout.blockOfLine.filter((n) => n > 0)).toEqual([1, 3, 5, 7, 9, 2, 4, 6, 8, 10]);
    expect(sourceLines(document).slice(0, 3)).toEqual(['左栏新闻标题', '右栏新闻标题', '市政府召开常务会议研究部署进']);
    const result = ingestDocument(document, { source: 'page.json' });
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      [
        '左栏新闻标题',
        [
          [3, 3],
          [5, 5],
          [7, 7],
          [9, 9],
        ],
      ],
      [
        '右栏新闻标题',
        [
          [4, 4],
          [6, 6],
          [8, 8],
          [10, 10],
        ],
      ],
    ]);
  });

  test('a banner across both columns does not merge them', () => {
    const block = (x0: number, x1: number, y: number) => ({ n: 0, text: 'x', box: { x0, y0: y, x1, y1: y + 20 } });
    expect(findColumns([block(200, 700, 0), ...[1, 2, 3, 4].flatMap((row) => [block(60, 460, row * 30), block(500, 900, row * 30)])]).length).toBe(2);
    expect(
      readingOrder([
        { n: 1, text: 'b', box: { x0: 500, y0: 40, x1: 900, y1: 60 } },
        { n: 2, text: 'a', box: { x0: 60, y0: 40, x1: 460, y1: 60 } },
      ]).map((block) => block.n),
    ).toEqual([2, 1]);
  });

  test('xy-cut: stories side by side, each with a head across its own two columns, are read story by story (one set of columns for the page reads their heads in turns)', () => {
    let n = 0;
    const line = (text: string, x0: number, x1: number, y: number, height = 20) => ({ n: ++n, text, box: { x0, y0: y, x1, y1: y + height } });
    // Story A at x 0-400 and story B at x 440-840: a head over both columns of each, then five rows of two columns of
    // twelve characters to 190 units (about 16 units a character; the gutter between the stories is 40).
    const story = (name: string, left: number) => [
      line(`${name}头条标题`, left + 40, left + 360, 0, 40),
      ...[0, 1, 2, 3, 4].flatMap((row) => [
        line(`${name}左${row}栏正文文字一二三四五`, left, left + 190, 60 + row * 30),
        line(`${name}右${row}栏正文文字一二三四五`, left + 210, left + 400, 60 + row * 30),
      ]),
    ];
    const blocks = [...story('甲', 0), ...story('乙', 440)];
    expect(storiesSideBySide(blocks)).toBe(true);
    const texts = xyCutOrder(blocks).map((block) => block.text.slice(0, 3));
    expect(texts.slice(0, 12)).toEqual(['甲头条', '甲左0', '甲左1', '甲左2', '甲左3', '甲左4', '甲右0', '甲右1', '甲右2', '甲右3', '甲右4', '乙头条']);
    // A page of one story is not cut at all.
    expect(storiesSideBySide(story('甲', 0))).toBe(false);
  });

  test('headline-split: a headline OCR cut in two at a wide gap is one line again; two heads far apart on one row stay two', () => {
    const block = (n: number, text: string, x0: number, y0: number, x1: number, y1: number) => ({ n, text, box: { x0, y0, x1, y1 } });
    // Body lines of 20 units a character (14 characters, 280 wide, 20 high); headlines 48 high.
    const body = (n: number, x0: number, y: number) => block(n, '随着城市化进程的不断深入一些老', x0, y, x0 + 280, y + 20);
    const blocks = [
      block(1, '“家门口的幸福”从何T', 334, 246, 827, 294),
      block(2, '面来《前沿观察)', 829, 246, 1175, 294),
      // Three columns under it, so that each part of the headline crosses a gutter.
      ...[0, 1, 2, 3, 4, 5].map((row) => body(3 + row, 334, 320 + row * 36)),
      ...[0, 1, 2, 3, 4, 5].map((row) => body(9 + row, 640, 320 + row * 36)),
      ...[0, 1, 2, 3, 4, 5].map((row) => body(15 + row, 946, 320 + row * 36)),
    ];
    const lines = layOut(blocks).text.split('\n');
    expect(lines[0]).toBe('# “家门口的幸福”从何T面来《前沿观察)');
    expect(lines.filter((line) => line.startsWith('# '))).toHaveLength(1);
    // Two heads on one row with columns between them: two heads.
    const apart = [
      block(1, '第一篇文章的标题', 0, 0, 400, 48),
      block(2, '第二篇文章的标题', 1200, 0, 1600, 48),
      ...[0, 1, 2, 3, 4, 5].map((row) => body(3 + row, 0, 80 + row * 36)),
    ];
    expect(
      layOut(apart)
        .text.split('\n')
        .filter((line) => line.startsWith('# ')),
    ).toHaveLength(2);
  });

  test('a headline broken over two lines in large type is read as one head: its lines stand further apart than body lines', () => {
    const block = (n: number, text: string, x0: number, y0: number, x1: number, y1: number) => ({ n, text, box: { x0, y0, x1, y1 } });
    const body = (n: number, y: number) => block(n, '江西省广昌县人民医院党委组织', 1164, y, 1444, y + 18);
    const blocks = [
      block(1, '党员爱心义诊关爱', 1167, 2235, 1440, 2267),
      block(2, '新就业群体', 1221, 2284, 1386, 2315),
      ...[0, 1, 2, 3, 4, 5].map((row) => body(3 + row, 2333 + row * 28)),
    ];
    const lines = layOut(blocks).text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['# 党员爱心义诊关爱', '# 新就业群体']);
  });

  test('head-row: heads of stories side by side in one row, with a story across the page under them (so no white space cuts the page), are read story by story', () => {
    let n = 0;
    const line = (text: string, x0: number, x1: number, y: number, height = 20) => ({ n: ++n, text, box: { x0, y0: y, x1, y1: y + height } });
    const story = (name: string, left: number) => [
      line(`${name}头条标题`, left + 40, left + 360, 0, 40),
      ...[0, 1, 2].flatMap((row) => [
        line(`${name}左${row}栏正文文字一二三四五`, left, left + 190, 60 + row * 30),
        line(`${name}右${row}栏正文文字一二三四五`, left + 210, left + 400, 60 + row * 30),
      ]),
    ];
    // Story C across the whole page, its head a line's height under the stories' last rows.
    const across = [
      line('丙头条标题横跨全页', 200, 640, 150, 40),
      line('丙左0栏正文文字一二三四五', 0, 190, 200),
      line('丙右0栏正文文字一二三四五', 650, 840, 200),
    ];
    const blocks = [...story('甲', 0), ...story('乙', 440), ...across];
    const read = (order: readonly { text: string }[]) => order.map((block) => block.text.slice(0, 3));
    const expected = ['甲头条', '甲左0', '甲左1', '甲左2', '甲右0', '甲右1', '甲右2', '乙头条', '乙左0', '乙左1', '乙左2', '乙右0', '乙右1', '乙右2', '丙头条'];
    expect(read(readingOrder(blocks)).slice(0, 15)).toEqual(expected);
    expect(read(xyCutOrder(blocks)).slice(0, 15)).toEqual(expected);
  });

  // Lines of a column 190 units wide, about 16 units a character: a paragraph's first line set in two characters
  // (`first`), lines that run the column's width (`full`), a paragraph's short last line (`last`).
  const paragraphLines = (next: () => number) => {
    const at = (text: string, x0: number, x1: number, y: number, height = 20) => ({ n: next(), text, box: { x0, y0: y, x1, y1: y + height } });
    return {
      at,
      first: (text: string, left: number, y: number) => at(`${text}正文文字一二`, left + 32, left + 190, y),
      full: (text: string, left: number, y: number) => at(`${text}正文文字一二三四`, left, left + 190, y),
      last: (text: string, left: number, y: number) => at(`${text}完。`, left, left + 80, y),
    };
  };

  test('stacked-stories: a story set under another on the same columns, its head in its first column, is read after the whole story above, not column by column across both', () => {
    let n = 0;
    const { at, first, full, last } = paragraphLines(() => ++n);
    const blocks = [
      at('甲头条标题横跨两栏', 40, 360, 0, 40),
      // Story A: two columns, rows at 60–210; its right column goes on from its left one.
      first('甲左0', 0, 60),
      full('甲左1', 0, 90),
      full('甲左2', 0, 120),
      last('甲左3', 0, 150),
      first('甲左4', 0, 180),
      full('甲左5', 0, 210),
      full('甲右0', 210, 60),
      full('甲右1', 210, 90),
      last('甲右2', 210, 120),
      first('甲右3', 210, 150),
      full('甲右4', 210, 180),
      last('甲右5', 210, 210),
      // Story B under it (a gap of a line): its head over its left column only, its right column from the top.
      at('乙标题', 20, 170, 260, 40),
      first('乙左0', 0, 320),
      full('乙左1', 0, 350),
      full('乙左2', 0, 380),
      full('乙右0', 210, 260),
      full('乙右1', 210, 290),
      last('乙右2', 210, 320),
      first('乙右3', 210, 350),
      full('乙右4', 210, 380),
      last('乙右5', 210, 410),
    ];
    const read = (order: readonly { text: string }[]) => order.map((block) => block.text.slice(0, 3));
    // The page's columns read top to bottom run the stories together: A's left column, B's head and left column, then A's right.
    expect(read(readingOrder(blocks)).slice(7, 12)).toEqual(['乙标题', '乙左0', '乙左1', '乙左2', '甲右0']);
    expect(read(stackedOrder(blocks))).toEqual([
      '甲头条',
      '甲左0',
      '甲左1',
      '甲左2',
      '甲左3',
      '甲左4',
      '甲左5',
      '甲右0',
      '甲右1',
      '甲右2',
      '甲右3',
      '甲右4',
      '甲右5',
      '乙标题',
      '乙左0',
      '乙左1',
      '乙左2',
      '乙右0',
      '乙右1',
      '乙右2',
      '乙右3',
      '乙右4',
      '乙右5',
    ]);

    // Briefs that run down one column into the next, whose gaps happen to line up, are not cut there: the right
    // column's top goes on from the left column's foot.
    n = 0;
    const briefs = [
      at('丙标题', 0, 150, 0, 40),
      first('丙左0', 0, 60),
      full('丙左1', 0, 90),
      last('丙左2', 0, 120),
      at('丁标题', 0, 150, 170, 40),
      first('丁左0', 0, 230),
      full('丁左1', 0, 260),
      full('丁左2', 0, 290),
      full('丁右0', 210, 0),
      full('丁右1', 210, 30),
      full('丁右2', 210, 60),
      full('丁右3', 210, 90),
      last('丁右4', 210, 120),
      at('戊标题', 210, 360, 170, 40),
      first('戊右0', 210, 230),
      full('戊右1', 210, 260),
      last('戊右2', 210, 290),
    ];
    expect(read(stackedOrder(briefs))).toEqual(read(readingOrder(briefs)));
    expect(read(stackedOrder(briefs)).slice(7, 10)).toEqual(['丁左2', '丁右0', '丁右1']);
  });

  test('head-zone: a byline centred under a head across three columns is read after the head, not after the columns left of it; so is a head in headline type over one column', () => {
    let n = 0;
    const { at, first, full, last } = paragraphLines(() => ++n);
    const blocks = [
      at('头条标题横跨三栏', 60, 560, 0, 40),
      at('本报记者', 260, 360, 50, 20),
      ...[0, 210, 420].flatMap((left, column) => [
        first(`${column}栏0`, left, 80),
        full(`${column}栏1`, left, 110),
        full(`${column}栏2`, left, 140),
        last(`${column}栏3`, left, 170),
      ]),
    ];
    expect(
      readingOrder(blocks)
        .map((block) => block.text.slice(0, 4))
        .slice(0, 3),
    ).toEqual(['头条标题', '本报记者', '0栏0正']);
    // A head set in headline type over the middle column only, as wide as it, with a byline under it whose box
    // reaches into the first line of text (line boxes overlap their neighbours): both before the columns.
    n = 0;
    const narrow = [
      at('编辑手记标题', 210, 400, 0, 44),
      at('马睿姗', 270, 330, 38, 20),
      ...[0, 210, 420].flatMap((left, column) => [
        first(`${column}栏0`, left, 52),
        full(`${column}栏1`, left, 82),
        full(`${column}栏2`, left, 112),
        last(`${column}栏3`, left, 142),
      ]),
    ];
    expect(
      readingOrder(narrow)
        .map((block) => block.text.slice(0, 4))
        .slice(0, 4),
    ).toEqual(['编辑手记', '马睿姗', '0栏0正', '0栏1正']);
  });

  test('xy-cut ends on boxes of no size or boxes on top of each other (hostile OCR files), and keeps every block', () => {
    const odd = [
      { n: 1, text: '甲', box: { x0: 0, y0: 0, x1: 0, y1: 0 } },
      { n: 2, text: '乙', box: { x0: 100, y0: 0, x1: 100, y1: 0 } },
      { n: 3, text: '丙', box: { x0: 100, y0: 0, x1: 100, y1: 0 } },
      { n: 4, text: '丁', box: { x0: 50, y0: 500, x1: 50, y1: 500 } },
      { n: 5, text: '戊', box: { x0: -10, y0: -10, x1: 1e9, y1: 1e9 } },
      { n: 6, text: '己', box: { x0: 10, y0: 100, x1: 20, y1: Number.NaN } },
    ];
    expect(
      xyCutOrder(odd)
        .map((block) => block.n)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      xyCutOrder(odd.slice(0, 4))
        .map((block) => block.n)
        .sort(),
    ).toEqual([1, 2, 3, 4]);
    // A box with a broken edge (a JSON value of 1e400 - 1e400) is kept too.
    const broken = [0, 50, 100, 200].map((y, n) => ({ n: n + 1, text: '字', box: { x0: 0, y0: y, x1: 100, y1: y === 100 ? Number.NaN : y + 10 } }));
    expect(xyCutOrder(broken).map((block) => block.n)).toEqual([1, 2, 3, 4]);
  });

  test('xy-cut returns every block once, whatever the boxes (random pages of small, empty and overlapping boxes)', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 60 }),
      y: fc.integer({ min: 0, max: 60 }),
      w: fc.integer({ min: 0, max: 30 }),
      h: fc.integer({ min: 0, max: 12 }),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 60 }), (boxes) => {
        const blocks = boxes.map(({ x, y, w, h }, n) => ({ n, text: '字'.repeat(1 + (w % 5)), box: { x0: x, y0: y, x1: x + w, y1: y + h } }));
        const order = xyCutOrder(blocks).map((block) => block.n);
        expect([...order].sort((a, b) => a - b)).toEqual(blocks.map((block) => block.n));
        storiesSideBySide(blocks);
      }),
      { numRuns: 300 },
    );
  });

  test('a page of 200,000 word boxes (an OCR file of word-level results, well inside the 20 MB page limit) is put in reading order', () => {
    // Two columns of 1,000 rows of 100 words: the spreads and per-block copies this once used overflowed the stack.
    const words = Array.from({ length: 200_000 }, (_, n) => {
      const column = Math.floor(n / 100_000);
      const row = Math.floor((n % 100_000) / 100);
      const x = column * 1200 + (n % 100) * 10;
      return { n, text: '字', box: { x0: x, y0: row * 12, x1: x + 9, y1: row * 12 + 10 } };
    });
    const order = readingOrder([...words].reverse());
    expect(order).toHaveLength(200_000);
    // Column by column, each top to bottom: the first column's last row, then the second column's first word.
    expect(order.slice(99_999, 100_001).map((word) => word.n)).toEqual([99_999, 100_000]);
  });

  test('PaddleOCR 3 results (parallel rec_texts and rec_boxes lists) are text blocks; nothing else in the result is read as text', () => {
    const doc = {
      input_path: 'page.png',
      model_settings: { use_doc_preprocessor: false },
      dt_polys: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
        ],
      ],
      rec_texts: ['县里推行“最多跑一次”改革', `本报讯 ${body}`, '乡镇财政改革试点扩大', `本报讯 ${body}`],
      rec_scores: [0.99, 0.98, 0.99, 0.98],
      rec_boxes: [
        [10, 10, 300, 40],
        [10, 50, 300, 90],
        [10, 120, 300, 150],
        [10, 160, 300, 200],
      ],
    };
    const result = ingest(JSON.stringify(doc), 'page.json');
    expect(result.format).toBe('ocr-json');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[2, 2]]],
      ['乡镇财政改革试点扩大', [[4, 4]]],
    ]);
  });

  test('PP-Structure results: the labelled layout blocks are read (a title label marks a headline), the OCR lines under them are not read twice', () => {
    const doc = {
      layout_det_res: { boxes: [{ cls_id: 1, label: 'doc_title', score: 0.9, coordinate: [10, 10, 300, 40] }] },
      overall_ocr_res: {
        rec_texts: ['县里推行“最多跑一次”改革', body],
        rec_boxes: [
          [10, 10, 300, 40],
          [10, 50, 300, 90],
        ],
      },
      parsing_res_list: [
        { block_label: 'doc_title', block_content: '县里推行“最多跑一次”改革', block_bbox: [10, 10, 300, 40] },
        { block_label: 'text', block_content: body, block_bbox: [10, 50, 300, 90] },
        { block_label: 'doc_title', block_content: '乡镇财政改革试点扩大', block_bbox: [10, 120, 300, 150] },
        { block_label: 'text', block_content: `${body}\n${body}`, block_bbox: [10, 160, 300, 220] },
      ],
    };
    const result = ingest(JSON.stringify(doc), 'page.json');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[2, 2]]],
      ['乡镇财政改革试点扩大', [[4, 4]]],
    ]);
    expect(result.printed.split('县里推行').length - 1).toBe(1);
  });

  test('Tesseract TSV output: each text line (level 4) is a block of its words, Latin words kept apart; not read as a crawler dump', () => {
    const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
    const line = (n: number, top: number, words: string[]) => [
      `4\t1\t1\t1\t${n}\t0\t10\t${top}\t300\t20\t-1\t`,
      ...words.map((word, index) => `5\t1\t1\t1\t${n}\t${index + 1}\t${10 + index * 20}\t${top}\t20\t20\t95\t${word}`),
    ];
    const tsv = [
      header,
      ...line(1, 10, ['县里', '推行', '“最多', '跑一次”', '改革']),
      ...line(2, 50, ['本报讯', '县政务', '服务中心', '推行', 'AI', '审批，', '群众', '办事', '更', '方便。']),
      ...line(3, 120, ['乡镇', '财政', '改革', '试点', '扩大']),
      ...line(4, 160, ['本报讯', '财政部', '日前', '决定，', '扩大', '试点', '范围。']),
    ].join('\n');
    const document = readDocument(tsv, 'page.tsv');
    expect(document.format).toBe('ocr-tsv');
    expect(sourceLines(document)).toEqual([
      '县里推行“最多跑一次”改革',
      '本报讯县政务服务中心推行AI审批，群众办事更方便。',
      '乡镇财政改革试点扩大',
      '本报讯财政部日前决定，扩大试点范围。',
    ]);
    const result = ingestDocument(document, { source: 'page.tsv' });
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['县里推行“最多跑一次”改革', [[2, 2]]],
      ['乡镇财政改革试点扩大', [[4, 4]]],
    ]);
  });

  test('a JSON API response with its article list inside wrappers ({data: {list: […]}}) is read as articles', () => {
    const doc = {
      code: 0,
      data: {
        total: 2,
        list: [
          { title: '放管服改革再提速', content: body },
          { title: '整村授信试点扩大', content: `<p>${body}</p>` },
        ],
      },
    };
    const result = ingest(JSON.stringify(doc), 'api.json');
    expect(result.format).toBe('json-records');
    expect(result.articles.map((article) => article.title)).toEqual(['放管服改革再提速', '整村授信试点扩大']);
  });

  test('JSON that is neither OCR output nor articles is refused, saying what it holds', () => {
    expect(() => readDocument('{"pages": 3, "author": "x"}', 'x.json')).toThrow(
      /x\.json is JSON but neither OCR output .* nor a list of articles .*; it holds pages, author/u,
    );
  });

  test('broken JSON is refused with the line of the fault', () => {
    const error = (() => {
      try {
        readDocument('[\n  {"text": "a", "box": [1,2,3,4]},\n  {"text": "b" "box": [1,2,3,4]}\n]', 'bad.json');
      } catch (caught) {
        return caught as FormatError;
      }
      throw new Error('no error');
    })();
    expect(error).toBeInstanceOf(FormatError);
    expect(error.message).toMatch(/does not parse/u);
    expect(error.line).toBe(3);
  });

  test('a file mixing JSON Lines and text is refused, naming the first line that is not JSON', () => {
    expect(() => readDocument(`{"title": "a", "content": "${body}"}\n{"title": "b", "content": "${body}"}\n标题\n${body}\n`, 'mixed.txt')).toThrow(
      /mixes JSON Lines/u,
    );
  });

  test('text pages: one paragraph per line or printed columns, with the evidence; --format overrides', () => {
    expect(readDocument(`标题\n${body}\n${body}\n`, 'a.txt').format).toBe('paragraph-lines');
    const column = Array.from({ length: 30 }, (_, index) => '市政府召开常务会议研究部署进一步优化营商'.slice(0, 16 + (index % 2))).join('\n');
    const detected = readDocument(column, 'b.txt');
    expect(detected.format).toBe('column-text');
    expect(detected.evidence).toMatch(/median line 1[67](\.5)? characters wide/u);
    expect(readDocument(column, 'b.txt', 'paragraph-lines').evidence).toMatch(/^named with --format/u);
  });

  test('an HTML page is refused, not published with its tags', () => {
    expect(() => readDocument('<!DOCTYPE html>\n<html><body><p>标题</p><p>正文。</p></body></html>\n', 'page.txt')).toThrow(/looks like HTML/u);
    expect(() => readDocument('<div>标题</div>\n<p>正文第一段。</p>\n<p>正文第二段。</p>\n', 'page.txt')).toThrow(/looks like HTML/u);
  });
});

describe('record files a crawler kept more than the story in', () => {
  test('nested-records: a JSON array whose items keep the article a level or two down (a Scrapy feed of downloads) is a list of articles', () => {
    const item = (title: string) => ({
      download_config: { url: 'http://example.gov.cn/a.html', method: 'GET' },
      download_data: { raw_data: {}, parsed_data: { title, text: body, date: '2018-08-27' } },
    });
    const page = `[\n${[item('滨州市药品经营企业认证公告'), item('滨州市撤销药品认证证书公告')].map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`;
    const result = ingest(page, 'feed.json');
    expect(result.format).toBe('json-records');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['滨州市药品经营企业认证公告', [[2, 2]]],
      ['滨州市撤销药品认证证书公告', [[3, 3]]],
    ]);
  });

  test('page-code: a page script or style kept in a record text is not published, the summary names its line, and the record keeps its lines', () => {
    const script = 'window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2"},"share":{"bdSize":16}};';
    const records = [
      { title: '滨州市药品经营企业认证公告', text: `${body}\n分享到：微信 新浪微博\n${script}` },
      { title: '整村授信试点扩大', text: `${body}\n.article p{font-size:16px;line-height:28px;}\n第二段：试点惠及农户百万户。` },
    ];
    const result = ingest(`${records.map((record) => JSON.stringify(record)).join('\n')}\n`, 'dump.jsonl');
    expect(result.articles.map((article) => article.blocks.map((block) => block.text))).toEqual([
      [body, '分享到：微信 新浪微博'],
      [body, '第二段：试点惠及农户百万户。'],
    ]);
    expect(result.warnings.filter((warning) => warning.message.includes('script or style')).map((warning) => warning.line)).toEqual([1, 2]);
    // (Text that only holds code's marks among its words stays text.)
    expect(
      ingest(`${JSON.stringify({ title: '整村授信', text: `${body}\n（一）贷款额度＝信用评级×系数；（二）利率下浮10%。` })}\n`, 'b.jsonl').articles[0]!.blocks,
    ).toHaveLength(2);
  });
});

describe('records written the way a script prints them', () => {
  test("python-literal: a line per record as Python's str(dict) writes it is a record, quotes, escapes and None and all", () => {
    const line = (title: string) =>
      `{'url': 'http://news.example.cn/a.htm', 'title': '${title}', 'content': '${body}\\n第二段：会议要求各部门抓好落实。', 'tags': ['要闻', None], 'top': False}`;
    const result = ingest(`${line('优化营商环境工作会议召开')}\n${line("整村授信试点扩大 'a'".replace(/'/gu, "\\'"))}\n`, 'dump.txt');
    expect(result.format).toBe('jsonl');
    expect(result.articles.map((article) => [article.title, article.lines, article.blocks.length])).toEqual([
      ['优化营商环境工作会议召开', [[1, 1]], 2],
      ["整村授信试点扩大 'a'", [[2, 2]], 2],
    ]);
    expect(JSON.stringify(result.articles)).not.toContain("'url'");
  });

  test("jsonp: a JSON document in a site API's callback is the document", () => {
    const items = [
      { title: '男子入室盗窃以5000元贱卖 同下家被抓', digest: '', docurl: 'http://news.example.com/1.html' },
      { title: '诺贝尔基金会提高奖金', digest: body, docurl: 'http://news.example.com/2.html' },
    ];
    const page = `data_callback([\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n])`;
    const result = ingest(page, 'feed.txt');
    expect(result.format).toBe('json-records');
    expect(result.formatEvidence).toContain('JSONP');
    // (The first record has a title and no text: its line is its head's.)
    expect(result.articles.map((article) => [article.title, article.headLines, article.lines])).toEqual([
      ['男子入室盗窃以5000元贱卖 同下家被抓', [[2, 2]], []],
      ['诺贝尔基金会提高奖金', [[3, 3]], [[3, 3]]],
    ]);
  });
});

describe('appended-arrays: a crawler that appends each run’s JSON array to one file (twenty-fourth session, crawler24)', () => {
  const body = '为做好2024年硕士研究生招生复试工作，现将复试有关安排通知如下，请考生按时参加。';
  const record = (title: string, content: string) => JSON.stringify({ title, date: '2024-03-04 09:42:15', content, url: 'https://example.edu.cn/a/1.html' });

  test('arrays written one after another, and one left open, are read record by record, each on its own line', () => {
    const page = ['[', '', '][', '', '][', `${record('2024年硕士研究生复试通知', body)},`, record('2024年硕士研究生调剂公告', body)].join('\n');
    const result = ingest(page, 'output.json');
    expect(result.format).toBe('json-records');
    expect(result.formatEvidence).toContain('appended-arrays');
    expect(result.articles.map((article) => [article.title, article.lines])).toEqual([
      ['2024年硕士研究生复试通知', [[6, 6]]],
      ['2024年硕士研究生调剂公告', [[7, 7]]],
    ]);
  });

  test('a file holding a merge conflict is refused, naming the marker’s line; other broken JSON as before', () => {
    const conflict = [
      '<<<<<<< HEAD',
      `[${record('2024年硕士研究生复试通知', body)},`,
      '=======',
      `[${record('2024年硕士研究生调剂公告', body)},`,
      '>>>>>>> main',
    ].join('\n');
    expect(() => readDocument(conflict, 'output.json')).toThrow(/merge conflict/u);
    try {
      readDocument(conflict, 'output.json');
    } catch (error) {
      expect((error as FormatError).line).toBe(1);
    }
    // (A record broken over two lines is no appended array: the file is JSON that does not parse.)
    const broken = ['[', '{"title": "2024年硕士研究生复试通知",', `"content": "${body}"}`, '][', record('2024年硕士研究生调剂公告', body), ']'].join('\n');
    expect(() => readDocument(broken, 'output.json')).toThrow(/does not parse/u);
  });
});

describe('ptt-posts: news reposted on the PTT board', () => {
  const wrapped = (text: string) => (text.match(/.{1,39}/gu) ?? []).join('\n');
  const story = '立法院三讀修正財劃法，行政院長昨晚透過臉書表示，過去遭逢天災時中央政府都能即時協助地方，修法後國庫變得空虛，地方也將受影響。';
  const page = [
    '[新聞] 藍營批情緒勒索地方 卓榮泰深夜還原原',
    '藍營批情緒勒索地方 卓榮泰深夜還原原話',
    'https://www.cna.com.tw/news/aipl/202412220023.aspx',
    '',
    '（中央社記者葉某台北22日電）',
    '',
    wrapped(story),
    '',
    wrapped(story),
    '',
    '[新聞] 統神根本贏爛了!他揭3大成功',
    '今日新聞',
    '',
    '統神根本贏爛了!他揭3大成功關鍵:看觀眾反應就知',
    '',
    '記者李某／台北報導',
    '2024-12-22 10:35:08',
    '',
    wrapped(story),
    '',
    '[新聞] 副署權是制衡總統 學者:',
    '1.媒體來源:聯合報',
    '2.記者署名:屈某',
    '3.完整新聞標題:',
    '',
    '副署權是制衡總統 學者：3種救濟路徑都走不通',
    '',
    '4.完整新聞內文:',
    '',
    wrapped(story),
    '',
    '5.完整新聞連結 (或短網址):',
    'https://udn.com/news/story/123528/8441170',
  ].join('\n');

  test('one record per post: the headline (under the subject, or the template field), its byline, its text with the wrapping undone', () => {
    const result = ingest(page, 'Gossiping.txt');
    expect(result.format).toBe('ptt-posts');
    expect(result.articles.map((article) => [article.title, article.byline, article.lines])).toEqual([
      // (Record lines are cited as they stand; the blank lines between paragraphs are no unit's.)
      [
        '藍營批情緒勒索地方 卓榮泰深夜還原原話',
        '（中央社記者葉某台北22日電）',
        [
          [7, 8],
          [10, 11],
        ],
      ],
      ['統神根本贏爛了!他揭3大成功關鍵:看觀眾反應就知', '記者李某／台北報導', [[21, 22]]],
      [
        '副署權是制衡總統 學者：3種救濟路徑都走不通',
        '屈某',
        [
          [31, 31],
          [33, 34],
          [36, 37],
        ],
      ],
    ]);
    expect(result.articles[0]!.blocks.map((block) => block.text)).toEqual([story, story]);
  });
});
