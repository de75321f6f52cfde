import { defineMessages } from '../define';

/**
 * Road travel times (issue 20): what went wrong with a road server, the plan that stopped or fell
 * back to the straight-line model, the settings screen's travel section and the command line's flags.
 */
export const roadTravelMessages = defineMessages(
  {
    'travel.serverUnreachable': 'The road server {engine} at {url} could not be reached ({detail}).',
    'travel.serverTimedOut': 'The road server {engine} at {url} did not answer in time ({detail}).',
    'travel.serverBusy': 'The road server {engine} at {url} kept answering with an error ({detail}).',
    'travel.serverRefused': 'The road server {engine} at {url} refused the request: {detail}.',
    'travel.serverUnreadable': 'The road server {engine} at {url} answered in a form that cannot be read ({detail}).',
    'travel.planStopped':
      '{reason} Planning stopped: check the server, or allow straight-line estimates when it cannot be reached (Settings, Travel times).',
    'travel.fellBack': 'Travel times are straight-line estimates, not road times: {reason}',
    'travel.testOk':
      '{engine} at {url} answered: {forthMin} min ({forthKm} km) from the first test point to the second, {backMin} min ({backKm} km) back.',
    'travel.testNoRoute': '{engine} at {url} answered, but found no route between the two test points: check that its map covers them.',
    'travel.testStraight': 'The straight-line model needs no server: {forthMin} min ({forthKm} km) between the two test points by car.',
    'travelSettings.title': 'Travel times',
    'travelSettings.intro':
      'Plans use road travel times from a routing server of your own (OSRM, Valhalla or GraphHopper), or the straight-line model. Answers are kept in the workspace, so a day planned again asks nothing new.',
    'travelSettings.router': 'Router',
    'travelSettings.router.straight': 'Straight-line model (no server)',
    'travelSettings.router.osrm': 'OSRM',
    'travelSettings.router.valhalla': 'Valhalla',
    'travelSettings.router.graphhopper': 'GraphHopper',
    'travelSettings.url': 'Server address',
    'travelSettings.urlHint': 'For example http://localhost:5000 (OSRM), http://localhost:8002 (Valhalla), https://graphhopper.com/api/1',
    'travelSettings.apiKey': 'API key (GraphHopper)',
    'travelSettings.allowFallback':
      'When the server cannot be reached, plan with straight-line estimates (the plan and every itinerary say so)',
    'travelSettings.save': 'Save travel settings',
    'travelSettings.saved': 'Travel settings saved.',
    'travelSettings.test': 'Test connection',
    'travelSettings.testing': 'Asking the server for a 2 × 2 table…',
    'travelSettings.needsUrl': 'Enter the server address first.',
    'travelSettings.source': 'This plan: travel times from {router} {url}',
    'cli.phaseTravel': 'road travel times',
    'cli.badRouter': '--router must be osrm, valhalla, graphhopper or straight (got "{value}").',
    'cli.routerNeedsUrl': '--router {router} needs --router-url with the server address (got "{value}").',
    'progress.travelBar': '{label}: asking for travel times, {percent}% answered',
  },
  {
    'travel.serverUnreachable': '无法连接 {url} 上的 {engine} 路网服务器（{detail}）。',
    'travel.serverTimedOut': '{url} 上的 {engine} 路网服务器未及时响应（{detail}）。',
    'travel.serverBusy': '{url} 上的 {engine} 路网服务器一再返回错误（{detail}）。',
    'travel.serverRefused': '{url} 上的 {engine} 路网服务器拒绝了请求：{detail}。',
    'travel.serverUnreadable': '{url} 上的 {engine} 路网服务器的响应无法读取（{detail}）。',
    'travel.planStopped': '{reason}方案计算已停止：请检查服务器，或允许在无法连接时改用直线估算（设置 → 路程时间）。',
    'travel.fellBack': '路程时间为直线估算，并非路网时间：{reason}',
    'travel.testOk':
      '{url} 上的 {engine} 已响应：从第一个测试点到第二个 {forthMin} 分钟（{forthKm} 公里），返回 {backMin} 分钟（{backKm} 公里）。',
    'travel.testNoRoute': '{url} 上的 {engine} 已响应，但两个测试点之间没有找到路线：请确认其地图覆盖这两个点。',
    'travel.testStraight': '直线估算无需服务器：两个测试点之间驾车 {forthMin} 分钟（{forthKm} 公里）。',
    'travelSettings.title': '路程时间',
    'travelSettings.intro':
      '方案使用自有路网服务器（OSRM、Valhalla 或 GraphHopper）提供的道路路程时间，或使用直线估算。结果保存在工作区中，同一天再次计算方案时无需重新请求。',
    'travelSettings.router': '路网引擎',
    'travelSettings.router.straight': '直线估算（无需服务器）',
    'travelSettings.router.osrm': 'OSRM',
    'travelSettings.router.valhalla': 'Valhalla',
    'travelSettings.router.graphhopper': 'GraphHopper',
    'travelSettings.url': '服务器地址',
    'travelSettings.urlHint': '例如 http://localhost:5000（OSRM）、http://localhost:8002（Valhalla）、https://graphhopper.com/api/1',
    'travelSettings.apiKey': 'API 密钥（GraphHopper）',
    'travelSettings.allowFallback': '无法连接服务器时，使用直线估算计算方案（方案和每份行程都会注明）',
    'travelSettings.save': '保存路程时间设置',
    'travelSettings.saved': '路程时间设置已保存。',
    'travelSettings.test': '测试连接',
    'travelSettings.testing': '正在向服务器请求 2 × 2 路程表…',
    'travelSettings.needsUrl': '请先填写服务器地址。',
    'travelSettings.source': '本方案：路程时间来自 {router} {url}',
    'cli.phaseTravel': '道路路程时间',
    'cli.badRouter': '--router 必须是 osrm、valhalla、graphhopper 或 straight（收到“{value}”）。',
    'cli.routerNeedsUrl': '--router {router} 需要 --router-url 指定服务器地址（收到“{value}”）。',
    'progress.travelBar': '{label}：正在获取行程时间，已答复 {percent}%',
  },
);
