import type { Rng } from './rng';

/*
 * Synthetic personal details. Names are random pairings of common surnames and given-name
 * characters, road names are random pairings of syllables: none is taken from a real person or
 * record, although a pairing may by chance match a real name or road.
 */

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
  '石',
];

const GIVEN_CHARS = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '玉',
  '萍',
  '红',
  '斌',
  '宇',
  '浩',
  '凯',
  '鹏',
  '俊',
  '帆',
  '雪',
  '婷',
  '琳',
  '晨',
  '欣',
  '怡',
  '嘉',
  '子',
  '梓',
  '涵',
  '轩',
  '睿',
  '博',
  '思',
  '雨',
  '泽',
  '佳',
  '瑞',
  '文',
  '建',
  '国',
  '志',
  '海',
  '春',
  '晓',
  '亮',
];

const ROAD_FIRST = ['云', '松', '桂', '晨', '安', '福', '瑞', '锦', '祥', '丰', '景', '兴', '和', '明', '春', '秀', '新', '青', '平', '德'];
const ROAD_SECOND = ['林', '溪', '川', '苑', '桥', '岚', '园', '湖', '阳', '宁', '泉', '岭', '塘', '庭', '霞', '樟', '梅', '竹'];
const ROAD_SUFFIX = ['路', '路', '路', '街', '支路'];

/** A synthetic Chinese full name: one common surname and one or two given-name characters. */
export function syntheticName(rng: Rng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

/**
 * A synthetic mobile number `1700000xxxx`: the 170 prefix with four zeros in the middle makes it
 * obviously made up at a glance while still passing an 11-digit phone check.
 */
export function syntheticPhone(rng: Rng): string {
  return `1700000${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** A made-up road name such as 桂溪路. */
export function syntheticRoad(rng: Rng): string {
  return rng.pick(ROAD_FIRST) + rng.pick(ROAD_SECOND) + rng.pick(ROAD_SUFFIX);
}

/** A synthetic flat address in `prefix` (city and district), e.g. 上海市徐汇区桂溪路188弄12号1203室. */
export function syntheticAddress(rng: Rng, prefix: string): string {
  const road = syntheticRoad(rng);
  const floor = rng.int(1, 24);
  const room = `${floor}${String(rng.int(1, 6)).padStart(2, '0')}室`;
  if (rng.chance(0.6)) {
    return `${prefix}${road}${rng.int(1, 99) * 10 + rng.int(0, 9)}弄${rng.int(1, 60)}号${room}`;
  }
  return `${prefix}${road}${rng.int(1, 1500)}号${room}`;
}
