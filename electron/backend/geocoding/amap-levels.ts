/**
 * Amap's match levels (`geocodes[].level`), as its geocoding API writes them, with how precise each
 * is: a door number is the building, a district only a guess. Data in Amap's own words, not sentences.
 */
export const AMAP_LEVEL_CONFIDENCE: Readonly<Record<string, number>> = {
  门牌号: 1,
  单元号: 1,
  楼层: 1,
  房间: 1,
  兴趣点: 0.9,
  '公交站台、地铁站': 0.75,
  道路交叉路口: 0.7,
  道路: 0.6,
  热点商圈: 0.5,
  村庄: 0.5,
  乡镇: 0.4,
  开发区: 0.4,
  区县: 0.2,
  市: 0.1,
  省: 0.05,
  国家: 0,
};
