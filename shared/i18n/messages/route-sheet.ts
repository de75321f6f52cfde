import { defineMessages } from '../define';

/** Words only the printed route sheet (PDF) uses; shared itinerary words live in itinerary.ts. */
export const routeSheetMessages = defineMessages(
  {
    'routeSheet.page': 'Page {page} of {pages}',
    'routeSheet.officerWithId': '{name} ({id})',
    'routeSheet.runningHead': '{title} · {officerName} {officerId} · {date}',
    'routeSheet.overdueAmountOnly': '¥{amount}',
    'routeSheet.leg': '{minutes} min, {km} km',
    'routeSheet.breakRow': '{label} {start}–{end}',
    'routeSheet.returnRow': 'Back at the end place at {arrival}: {place}',
    'routeSheet.scanToNavigate': 'Scan to navigate ({app})',
    'routeSheet.mapStartMark': 'S',
    'routeSheet.mapEndMark': 'E',
    'routeSheet.mapStops': 'Visits in route order',
    'routeSheet.north': 'N',
    'routeSheet.scaleMetres': '{metres} m',
  },
  {
    'routeSheet.page': '第 {page} 页，共 {pages} 页',
    'routeSheet.officerWithId': '{name}（{id}）',
    'routeSheet.runningHead': '{title} · {officerName} {officerId} · {date}',
    'routeSheet.overdueAmountOnly': '¥{amount}',
    'routeSheet.leg': '{minutes} 分钟，{km} 公里',
    'routeSheet.breakRow': '{label} {start}–{end}',
    'routeSheet.returnRow': '{arrival} 回到收工地：{place}',
    'routeSheet.scanToNavigate': '扫码导航（{app}）',
    'routeSheet.mapStartMark': '起',
    'routeSheet.mapEndMark': '终',
    'routeSheet.mapStops': '按路线顺序的走访',
    'routeSheet.north': '北',
    'routeSheet.scaleMetres': '{metres} 米',
  },
);
