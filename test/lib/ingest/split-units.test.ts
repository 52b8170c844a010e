import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inferTitle } from '../../../src/lib/ingest/split-units.ts';
import { unitsOf } from '../../helpers.ts';

const fixtures = new URL('./fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8');

describe('splitUnits', () => {
  test('puts a headline printed after its body on that body, with the organisation line above it', () => {
    const units = unitsOf(read('split-headline-after-body'));
    expect(units.map((unit) => [unit.title, unit.organisation])).toEqual([
      ['救助基金托底线 特困家庭有保障', '某县民政局'],
      ['稳就业促增收 家门口就业暖民心', '某市人社局'],
    ]);
    expect(units[0]!.blocks).toContain('## 一、工作背景');
  });

  test('puts a headline printed before its body on that body, with subtitle and byline', () => {
    const [first, second] = unitsOf(read('split-headline-before-body'));
    expect(first).toMatchObject({ title: '“规范化”为政务服务“加码”', subtitle: '——我省加强数字政府建设系列报道之三', byline: '本报记者 张三' });
    expect(first!.blocks).toContain('## 坚持全省“一盘棋”');
    expect(second).toMatchObject({ title: '某市招商引资项目集中签约', byline: '本报讯(记者李四)' });
    expect(second!.blocks[0]).toBe('近日,某市19个重点项目集中签约,项目总投资近266亿元。');
  });

  test('infers a title for an article with no printed headline and marks it', () => {
    const units = unitsOf(read('split-no-headline'));
    expect(units).toHaveLength(2);
    expect(units.every((unit) => unit.titleInferred)).toBe(true);
    expect(units.map((unit) => unit.title)).toEqual(['某师范学院聚焦人民群众对教育事业的“急难愁盼”', '某林业局党委以创业孵化示范基地建设为载体']);
  });

  test('merges the resumed part of an interrupted article back into it', () => {
    const units = unitsOf(read('split-interrupted-resumed'));
    expect(units.map((unit) => unit.title)).toEqual(['某高新区以党建引领乡村治理', '某市高新区: 新增2家国家级专精特新小巨人']);
    expect(units[0]!.blocks).toContain('## 协商式治理 让治理更民主');
    expect(units[0]!.lines).toBe('5-9,19-23');
    expect(units[1]!.byline).toBe('本报讯 李大伟');
  });

  test('matches a headline printed far from its body by the characters they share', () => {
    const units = unitsOf(read('split-far-headline'));
    const titles = units.map((unit) => unit.title);
    expect(titles).toContain('我市政银企达成专利权质押融资合作意向金额近6亿元');
    const pledge = units.find((unit) => unit.title.startsWith('我市政银企'))!;
    expect(pledge.blocks[0]).toContain('专利权质押融资合作意向金额近6亿元');
    expect(units.find((unit) => unit.title === '某大学知识产权学院揭牌成立')!.blocks[0]).toContain('知识产权学院揭牌成立');
  });

  test('recognises a column introduction by its label and its text', () => {
    const units = unitsOf(read('split-column-intro'));
    const intro = units.find((unit) => unit.kind === 'column-intro');
    expect(intro).toBeDefined();
    expect(intro!.kicker).toContain('·开栏的话·');
  });

  test('makes photo captions their own units, with the credit as byline', () => {
    const units = unitsOf(read('split-caption'));
    expect(units.map((unit) => unit.kind)).toEqual(['photo-caption', 'photo-caption', 'article']);
    expect(units[0]!.byline).toBe('本报记者 赵博 摄');
    expect(units[1]!.byline).toBe('本报记者 钱九 摄');
    expect(units[2]).toMatchObject({ title: '热带果树东北“打工”', byline: '本报记者 柳青' });
  });

  test('marks text continued from another page, and text that breaks off mid-sentence, as fragments', () => {
    const units = unitsOf(read('split-continuation'));
    const fragment = units.find((unit) => unit.continuedFrom);
    expect(fragment).toMatchObject({ kind: 'fragment', continuedFrom: '第一版', continuedTo: 'unknown' });
    expect(fragment!.byline).toBe('吴高鑫');
  });

  test.each(readdirSync(fixtures).filter((name) => name.startsWith('split-')))('%s matches its committed output', async (name) => {
    await expect(JSON.stringify(unitsOf(read(name)), null, 2)).toMatchFileSnapshot(new URL(`${name}/output.json`, fixtures).pathname);
  });
});

describe('inferTitle', () => {
  test('skips time phrases and takes the first real clause', () => {
    expect(inferTitle('近年来，无棣县始终坚持民生优先，不断加大社会救助力度。')).toBe('无棣县始终坚持民生优先');
    expect(inferTitle('11月23日，我市召开文教卫生体育保障会议，总结工作。')).toBe('我市召开文教卫生体育保障会议');
  });

  test('cuts a long clause at 24 characters', () => {
    expect([...inferTitle('一二三四五六七八九十一二三四五六七八九十一二三四五六七八')].length).toBe(25);
  });
});
