/**
 * Every threshold the segmenter and the format detector use, in one place, with its default and
 * why. Rules name the setting they read; `--explain` names the rule.
 */
export const SETTINGS = {
  format: {
    /** Share of non-empty lines that must parse as JSON objects with a text field for JSON Lines. */
    jsonLinesShare: 0.9,
    /** Share of non-empty lines that must hold the same delimiter (tabs, `!!!!`, `|||` …) for a record file. */
    delimitedShare: 0.9,
    /** … or, for a delimiter made only of marks (`!!!!`, `|||`) that opens the first line, this share: the other lines continue a body. */
    delimitedContinuedShare: 0.2,
    /** Longest title (characters) a delimited record may have before its delimiter. */
    recordTitleMax: 80,
    /** Least median body length (characters) of a record file: shorter "bodies" are column text with stray marks. */
    recordBodyMin: 20,
    /** `ptt-posts`: a line under a post's headline this long (characters) is its text; shorter ones are its outlet, byline or dateline. */
    pttHeadLineMax: 40,
    /** `ptt-posts`: a line this long (characters) or longer with text under it is a paragraph wrapped at the board's width (78 columns: 39 Chinese characters). */
    pttWrapChars: 34,
    /** `ptt-posts`: how many characters of the subject find the headline under it … */
    pttSubjectKey: 8,
    /** … among this many lines under the subject (the outlet may stand over the headline). */
    pttHeadLines: 3,
    /** `page-code`: a record paragraph with at most this share of Chinese characters may be a page's script or style … */
    pageCodeHanShare: 0.15,
    /** … when it opens as code does, or holds braces and at least this many of code's marks (`{`, `}`, `;`, `=`). */
    pageCodeMarks: 6,
    /** `label-column`: a record column whose every value is at most this many characters labels the record's kind, not its title. */
    recordLabelMax: 4,
    /** `label-column`: a short column is labels when its distinct values are at most this share of its rows (titles are each their own). */
    recordLabelDistinct: 0.34,
    /** `title-only-column`: a record file's one column of text is titles (no body) when its median value is at most this many characters. */
    recordTitleOnlyMax: 40,
    /** `colon-records`: the fewest lines opening a `标题:正文` record, the first line one of them … */
    colonRecordsMin: 3,
    /** … each headline at least this many Han characters (`问:`, `记者:` open no record). */
    colonTitleHan: 6,
    /** `title-only-record`: the shortest median title (Han characters) of JSON records with a title and no text: shorter are a menu or a list of names. */
    titleOnlyMinChars: 8,
    /** `title-only-record`: the least share of distinct titles among such records, above which they are stories (comments each under their story's title repeat it; a crawl's duplicates do less). */
    titleOnlyDistinct: 0.5,
    /** Fewest blocks a page of `blank-line-records` holds (formats/blocks.ts): fewer is too little to tell it from a page of text. */
    blockRecordsMin: 4,
    /** `markdown-records`: fewest headings of one level, each its own text, that make a Markdown page a crawler's archive of stories … */
    markdownRecordsMin: 4,
    /** … and the least share of the stories under them that carry a metadata line (a source, a time, a link): a converter's page of a printed paper carries none. */
    markdownMetaShare: 0.5,
    /** … or at least this many of the crawler's labelled fields outside the stories (`- 数据源：…`, `- 抓取时间：…`). */
    markdownPageFields: 2,
    /** `table-json`: the most columns a table's rows have (by the median row); more are words of a sentence, one a cell. */
    tableColumnsMax: 12,
    /** Share of a `blank-line-records` page's blocks that may hold a third line (a tag under the title). */
    blockRecordsThreeLine: 0.1,
    /** Median line width above which a text page is one paragraph per line, not printed columns. */
    paragraphLineWidth: 40,
    /** Share of text lines ending a sentence above which a text page is one paragraph per line. */
    paragraphSentenceShare: 0.5,
    /** Below this share of text lines at the page's common width, lines are whole paragraphs, not a printed column ({@link columnShare}). */
    paragraphColumnShare: 0.3,
    /** A narrow page whose sentence-end share is this close to `paragraphSentenceShare` is flagged `format-uncertain`. */
    uncertainSentenceBand: 0.1,
    /** A line this many times the median width that ends a sentence is a whole paragraph, not a column line … */
    wideSentenceRatio: 2.5,
    /** … and where at least this share of text lines are such, the page is one paragraph per line. */
    wideSentenceShare: 0.15,
    /** Share of non-empty lines holding two or more runs of text set apart by spaces for a layout extraction (`pdftotext -layout`). */
    layoutShare: 0.4,
    /** Fewest non-empty lines a page needs before it is read as a layout extraction. */
    layoutMinLines: 10,
    /** … and at least this share of those lines must have a run starting at one place (their columns line up). */
    layoutAlignedShare: 0.3,
    /** … and at most this share of the runs before another on their line may end a sentence (prose with double spaces does). */
    layoutSentenceEndShare: 0.5,
    /** Runs of a layout extraction starting within this many cells of each other start the same column (a paragraph indent is two). */
    layoutIndentCells: 4,
    /** Fewest runs that must start at one place in a band for a column to start there. */
    layoutColumnRuns: 3,
    /** A run starting this many cells right of its column's start is a paragraph's indented first line. */
    layoutIndentMin: 2,
    /** Lines with fewer characters (spaces aside) are not judged for word segmentation (formats/word-spaced.ts). */
    wordSpacedMinChars: 10,
    /** Fewest pieces between spaces a word-segmented line has … */
    wordSpacedMinPieces: 6,
    /** … the longest a piece may be to count as a word (names and idioms run to four) … */
    wordSpacedWordMax: 4,
    /** … and at least this share of its pieces that long or shorter … */
    wordSpacedShortShare: 0.9,
    /** … their median length at most this (Chinese words average under two characters; a layout run is a column wide) … */
    wordSpacedMedianMax: 2,
    /** … and at least this share of them Chinese. */
    wordSpacedHanShare: 0.6,
    /** A page is word-segmented when this share of its judged lines are … */
    wordSpacedShare: 0.5,
    /** … and at least this many. */
    wordSpacedMinLines: 3,
    /** Share of pieces carrying a part-of-speech tag (`词/n`) for the tags to be removed too. */
    wordSpacedTaggedShare: 0.8,
    /** Fewest one-character lines (Han) in a run read as a headline set vertically (formats/vertical-runs.ts). */
    verticalRunMin: 3,
    /** … and a run of lines of one or two such characters, most of them two (a head set in two vertical lines), of at least this many lines. */
    verticalPairRunMin: 4,
  },
  ocr: {
    /** A vertical gap between blocks larger than this many median line heights is a blank line. */
    paragraphGap: 0.8,
    /** A block starting this many median character widths right of its column is indented. */
    indentChars: 1.2,
    /** An x position that at most this share of the busiest position's blocks cross is a column gutter. */
    gutterCoverage: 0.15,
    /** `xy-cut`: a horizontal gap of at least this many line heights right across a region cuts it (stories one under another) … */
    cutLines: 1.2,
    /** … else a vertical gap of at least this many character widths (stories side by side). */
    cutChars: 1,
    /** Words of one extracted line further apart than this many line heights stand in two columns: two lines (`-bbox` words, `-bbox-layout` lines, Vision word entries). */
    wordGapLines: 1,
    /** `head-zone`: a line whose middle stands at least this many line heights above where a band's text columns begin (0: anywhere above) is read before them. */
    headZoneLines: 0,
    /** `head-row`: at least this many heads standing in one row, apart, each head the stories' under it. */
    headRowHeads: 2,
    /** `headline-split`: a headline block this many of its heights or less right of the one before, on its line, goes on it. */
    headlineSplitGap: 3,
    /** `stacked-stories`: a line this many character widths in from its column's left edge starts a paragraph; this near its right edge runs to it. */
    joinMargin: 0.7,
    /** `stacked-stories`: a line's column edges are read from the lines this many places either side of it, top to bottom, that share its width. */
    joinNeighbours: 40,
    /** `stacked-stories`: … counted only on a region where at least this share of body lines are set in (it indents its paragraphs). */
    joinIndentShare: 0.03,
    /** `stacked-stories`: the widest this many gaps right across a region are tried as cuts … */
    stackedMaxGaps: 64,
    /** … on a region of at most this many blocks (more: read by columns alone). */
    stackedMaxBlocks: 5000,
    /** A block whose type is this many times the body type size is set in headline type (marked `# `). */
    headlineHeight: 1.35,
    /** … this many times: heading type (a subhead, a kicker: `## `). */
    headingHeight: 1.15,
    /** A block of two or more characters this many times as tall as it is wide is a line of vertical text … */
    verticalAspect: 1.5,
    /** … and a page where at least this share of such blocks are vertical is set in vertical text (read right to left). */
    verticalShare: 0.6,
  },
  segment: {
    /** Blank lines separate blocks (and so mean something) only where fewer than this share of lines have one before them (a double-spaced extraction has one before nearly every line). */
    blankLinesMeanShare: 0.7,
    /** `blank-line-head`: the fewest blocks of two lines or more that tell a page sets a blank line before each story … */
    blankHeadBlocks: 4,
    /** … and the share of them that must open with a line ending no sentence (a headline) or with a news lead. */
    blankHeadShare: 0.8,
    /** `blank-line-head`: the longest such headline (characters; a 新闻联播 item's runs to 60 and more; also the longest `isolated-line-head` and `question-kicker`) … */
    blankHeadMaxChars: 80,
    /** `isolated-line-head`: the fewest characters of a line alone between blank lines that heads a story (a shorter one is a label or a stray piece). */
    isolatedHeadMinChars: 6,
    /** … and the longest holding a comma (a longer line with commas is a sentence that lost its full stop). */
    blankHeadCommaChars: 30,
    /** `head-over-lost-indent`: a paragraph's first line that lost its indent stops this many characters short of its column, at least… */
    lostIndentMin: 2,
    /** …and at most (an indent is two characters; a line's last character may be a half-width one). */
    lostIndentMax: 3,
    /** `decks-short-of-column`: in printed columns a heading line at least this many characters short of its column was not broken by the column's width, so the heading line under it is another deck, not its continuation. */
    deckShortOfColumn: 3,
    /** `picture-headline`: a headline marked as a picture's heads a photo caption when its text is at most this many paragraphs. */
    pictureHeadlineParagraphs: 3,
    /** `headline-over-byline` over an author's bare name (pages of whole paragraphs): a headline is at most this many characters. */
    headlineOverNameChars: 24,
    /** Names run together in a byline (`王锦鹄毛磊`): at most this many characters. */
    namesRunChars: 12,
    /** `exclaimed-decks` (pages of whole paragraphs): a line in phrases apart by spaces of at most this many characters is a headline, exclamations and all. */
    exclaimedDecksChars: 40,
    /** `exclaimed-decks` in printed columns: a line this many characters short of its column (a one-line paragraph after a break, or a head), as well as one set across columns. */
    exclaimedDeckShortChars: 4,
    /** `closing-dateline`: the longest line after a lone dispatch line that reads as the next story's headline (not the story going on). */
    closingDatelineNextChars: 40,
    /** `credit-line`: captions opening with their bracketed credit a page must print before a bracketed credit alone is not one. */
    creditFirstCaptions: 2,
    /** `unsigned-subhead`: paragraphs a signed story must have run to before an unindented head inside it can be its section. */
    unsignedSubheadParagraphs: 3,
    /** `unsigned-subhead`: the most two subheads set alike may differ in length (characters). */
    twinSectionChars: 2,
    /** `unsigned-subhead`: how many items ahead the twin of a subhead is looked for (bounds the cost on a page of many subheads). */
    twinScanItems: 200,
    /** `captions-before-lead`: the most lines a headed story may hold before a lead that still opens its text (its captions). */
    captionsBeforeLead: 3,
    /** `captions-before-lead`: the longest of those lines (characters): a caption, not a paragraph. */
    captionBeforeLeadChars: 120,
    /** `dispatch-on-topic` (pages of whole paragraphs): a lead after a headed story whose first characters share at least this share of their character pairs with the story is another dispatch of it. */
    dispatchOnTopicOverlap: 0.15,
    /** …counted only over a dispatch whose first characters hold at least this many distinct character pairs. */
    dispatchOnTopicPairs: 40,
    /** `topic-shift-head` (pages of whole paragraphs): a single heading of at least this many characters… */
    topicShiftHeadChars: 10,
    /** `head-block-apart`: the most lines of the block… */
    headBlockApartMaxLines: 4,
    /** …the fewest characters of each of its lines… */
    headBlockApartMinChars: 4,
    /** …and how many characters short of its column its last line stands at least (a Latin letter or digit counts half). */
    headBlockApartShortChars: 2,
    /** `head-block-over-byline`: the most lines a block over a byline may have to be read as a head. */
    headBlockMaxLines: 3,
    /** `closed-page-subhead`: the fewest printed ends of stories (case numbers, `（完）`) followed by a head that make a page's stories close so. */
    closedPageStories: 2,
    /** …where a head inside a story that goes on, shorter than this share of the shortest head after an end, is a subhead. */
    closedPageSubheadShare: 0.8,
    /** …and whose text ahead (`segment.topicShiftWindow` characters) shares at least this share of its character pairs with the story so far. */
    closedPageSubheadOverlap: 0.03,
    /** `unsignalled-heads` in printed columns: the fewest characters of a head that heads a story (a shorter one is a section's). */
    unsignalledColumnHeadChars: 10,
    /** …over text (its first this many characters) that shares less than this share of its character pairs with the story so far heads a story of its own. */
    topicShiftWindow: 200,
    topicShiftOverlap: 0.06,
    /** …where the story so far has at least this many characters (a story of one short paragraph says too little about its words). */
    topicShiftStoryChars: 250,
    /** Pages of whole paragraphs: a single heading of at least this many characters heads a story, never a section. */
    sectionHeadingMaxChars: 24,
    /** `headline-parts`: a headline in at least this many parts set apart by spaces is a roundup's (one part a dispatch). */
    headlinePartsMin: 3,
    /** `section-number`: a number alone is a section's only over a line of text at least this wide. */
    sectionNumberTextChars: 25,
    /** `salutation`: a speech's salutation is at most this wide. */
    salutationChars: 40,
    /** `interleaved-blocks`: characters either side of a join that jieba reads for a word running across it. */
    interleaveJoinChars: 4,
    /** `interleaved-blocks`: a block is moved back at most this many blocks, to an earlier open block. */
    interleaveReach: 8,
    /** `byline-in-text`: the fewest source lines of the open text before a byline (fewer may be a head the page left without a sentence end). */
    bylineInTextLines: 3,
    /** `picture-spread`: a headline over at least this many captioned pictures and nothing else is one picture spread. */
    spreadCaptions: 3,
    /** A heading run of a short label and a line at least this many times as long is a kicker over a sidebar's headline (`kicker-label-head`). */
    kickerLabelRatio: 2,
    /** Indented body lines mark article starts only while there are at most this many on a page … */
    indentUnitMinimum: 2,
    /** … or at most this share of its lines; more indents mark paragraphs. */
    indentUnitShare: 0.01,
    /** A lead straight after body text is a second dispatch where at least this share of the page's headlines stand over a lead … */
    headsOverLeadShare: 0.7,
    /** … and at least this share of its leads have a headline over them. */
    headedLeadShare: 0.4,
    /** Two headline decks together at most this long, the first without a verb or ending on one, are one headline broken in two (`deck-broken-headline`). */
    brokenHeadlineChars: 16,
    /** … and a first deck ending on a verb that takes a clause (`…决定`) goes on in a second deck if both together are at most this long. */
    brokenHeadlineClauseChars: 32,
    /** Longest line (characters) taken for a headline because a reporter's line stands under it (`headline-over-byline`). */
    headlineOverBylineChars: 60,
    /** `headline-before-lead`, pages of whole paragraphs: the widest line of a head over a news lead (a summary deck, 提要, runs long; the head's first line stays within 40). */
    leadDeckChars: 60,
    /** `headline-over-time`: the most lines of a head over a web copy's time (kicker, headline, subtitle). */
    timeHeadLines: 3,
    /** `feed-tag-repeat`: how many lines (the item's date line, blank lines) may stand between a feed item's title and its column tag printed again. */
    feedTagLines: 8,
    /** `release-fields`: a lead-in ending on a colon (`…现将有关事项公告如下：`) at least this long (characters) is story text under a release's fields. */
    fieldsLeadInChars: 10,
    /** `heading-runs-into-body`: a head line narrower than this share of its column, over a line of the column's width, is no paragraph's first line that lost its indent. */
    runIntoBodyWidthShare: 0.7,
    /** Where every line is a paragraph, a bracketed tag before a line of at most this many characters with no stop, comma or colon in it, over story text, is a headline's tag, not a lead (`【…系列活動】無人機匯演明晚9時與公眾見面`). */
    taggedHeadChars: 40,
    /** `deck-occasion`: a second deck quoting an occasion's name opens as the first does (its subject and act, `副總統出席`) where their first this many characters are the same. */
    occasionSharedChars: 3,
    /** `captions-before-lead` before `dispatch-on-topic`: longest line (characters) under the head that counts as a picture's caption. */
    captionsOverLeadChars: 40,
    /** `heading-shape` on pages of whole paragraphs: longest head (display width) in phrases set apart by spaces, with no comma (others: 40). */
    spacedHeadChars: 48,
    /** `deck-summary`: a deck at the foot of a head longer than this (characters) is a summary (提要), never the headline. */
    summaryDeckChars: 40,
    /** `list-after-colon`: the longest line (characters) of a list under a line ending on a colon … */
    listItemChars: 30,
    /** … and the fewest such lines that make a list (fewer may be a head and its byline after a lead-in). */
    listItemsMin: 3,
    /** `topic-bar-head` / `related-links`: a site's topic before a bar (`大埔宏福苑五級火｜`) counts where it opens at least this many lines of the page. */
    topicBarRecurs: 2,
    /** On a page of one paragraph per line, indentation marks paragraphs when at least this share of its wide lines (`indentStyleWidth`) are indented … */
    indentStyleShare: 0.8,
    /** … counting lines at least this wide (characters), and at least `indentStyleMinimum` of them. */
    indentStyleWidth: 20,
    indentStyleMinimum: 3,
    /**
     * Longest line (characters) taken for a head line by its shape alone: an unindented line on a page of indented
     * paragraphs (`unindented-head`), a comma line under a byline (`standfirst-under-byline`); a longer one is text.
     */
    headLineChars: 100,
    /** `author-under-head`: the longest name (characters) read as an author's line under a head line in printed columns … */
    authorNameChars: 4,
    /** … and the shortest one without a common surname (two characters jieba does not know are as often a word cut short, `…珍品亮相` / `国博`). */
    authorNameMinChars: 3,
    /** `wide-heading`: in printed columns, a heading-shaped line at least this many times its column's width is a headline set across columns (short of twice the width, only under a line that ends its paragraph short of the column: `segment.shortLineChars`). The same measure of "set across columns" serves `headline-over-subtitle` and `head-over-wide-deck`. */
    wideHeadingRatio: 1.2,
    /** `tagged-head`: in printed columns, a tag in 【】 opening at least this many lines of a page is an outlet's lead tag: its line, as wide as its column, is a lead, not a tagged headline. */
    leadTagLines: 2,
    /** `wide-heading` (short of twice the width): the line above must stop at least this many characters short of its column, ending its paragraph; `headline-over-subtitle` and `head-over-wide-deck` take a head line this far short of its column as short. */
    shortLineChars: 2,
    /** `page-furniture` beside the masthead: longest line (characters) next to the paper's name taken for the banner's date or page number. */
    bannerDateChars: 20,
    /** `closing-credit-tail` for a Taiwan picture credit: after one that reads whole (`…。圖／故宮博物`), the longest piece (characters) taken as the end of its supplier's word (`院提供`). */
    slashCreditTailChars: 4,
    /** `headline-over-time` in printed columns: the fewest lines of text under the time (a live blog's entries and a listing's items run fewer). */
    timeStoryLines: 3,
    /** `outlet-over-lead`: longest outlet name (characters) taken for a story's credit over a lead its tag opens. */
    outletNameChars: 10,
    /** A story with a lead that closes with a byline line holds a second story from its longest in-story heading when that is at least this long … (`second-story`) */
    secondStoryHeadChars: 10,
    /** … and at least this many times the median length of its other in-story headings … */
    secondStoryHeadRatio: 1.5,
    /** … of which there are at least this many (one subhead is no measure of a subhead's length). */
    secondStorySubheads: 2,
    /** Longest row (characters) of a furniture box (`天气预报` and the rows under it). */
    boxRowChars: 30,
    /** A row of an index box (`标题导航`) this long or longer that comes again is the first headline over its story (a shorter one, `图片新闻`, may be listed twice). */
    indexRepeatChars: 6,
  },
  flags: {
    /** A page whose largest unit holds this share of its characters (and at least `wholePageChars`) was probably not segmented. */
    wholePageShare: 0.8,
    wholePageChars: 1500,
    /** … or, on a shorter page, where that unit holds at least this many heads inside it. */
    wholePageHeads: 6,
    /** A page of printed columns with this many parts that break off or have no headline of their own (`breaks-off`, `headless-part`), one at least breaking off, had its columns read out of order: probably not segmented. */
    outOfOrderParts: 2,
    /** A unit this many times longer than the page's median unit (and at least `outsizedChars`) is flagged. */
    outsizedRatio: 4,
    outsizedChars: 2500,
    /** A paragraph longer than this many characters that holds a dateline lead (`本报北京…电`) in its middle has a unit start glued inside. */
    gluedLeadMinOffset: 4,
    /** A printed title longer than this many characters (white space and an opening `【…】` tag aside) reads as text (`title-is-text`); as long as `segment.blankHeadMaxChars`, the longest head a rule takes. */
    titleTextChars: 80,
    /** `title-not-in-text`: a printed title with at least this many pairs of Han characters … */
    titleTextPairsMin: 3,
    /** … of which at most this share occur in its unit's text heads other text than its own (printed columns only). */
    titleInTextShareMax: 0.1,
    /** A page of printed columns with this many units whose headline is not in their text (`title-not-in-text`) had heads set over other stories' text: probably not segmented. */
    misplacedHeads: 2,
    /** `short-head`: the most characters of a head that starts a unit right after a story, with no byline or lead, and is flagged as a possible subhead. */
    shortHeadChars: 7,
    /** `unsigned-start`: where at least this share of a page's stories start at a head over plain text, that is how the page sets its stories … */
    unsignedPageShare: 0.5,
    /** … and only a head shorter than this share of the page's median headline (characters) is flagged: a subhead runs shorter than the page's headlines. */
    unsignedShortRatio: 0.85,
    /** … and on pages of whole paragraphs, where it is flagged on any page, this share. */
    unsignedShortRatioParagraphs: 0.6,
  },
} as const;
