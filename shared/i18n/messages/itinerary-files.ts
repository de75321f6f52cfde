import { defineMessages } from '../define';

/**
 * Words only some itinerary files use: the spreadsheets' extra columns and summary sheet, the
 * calendar's and route files' names, and the navigation page's map apps.
 */
export const itineraryFileMessages = defineMessages(
  {
    // Column headers: the English ones are the column names other systems read, like `exportFile.header*`.
    'itineraryFile.headerCustomerId': 'customer_id',
    'itineraryFile.headerOverdueAmount': 'overdue_amount',
    'itineraryFile.summarySheet': 'Summary',
    'itineraryFile.officerId': 'Officer ID',
    'itineraryFile.officerName': 'Name',
    'itineraryFile.distanceKm': 'Distance (km)',
    'itineraryFile.travelMin': 'Travel (min)',
    'itineraryFile.workingMin': 'Working time (min)',
    'itineraryFile.unassignedMessage': 'Explanation',
    'itineraryFile.dayName': "{officerName}'s itinerary for {date}",
    'itineraryFile.navigationTitle': "Navigation for {officerName}'s visits on {date}",
    'itineraryFile.visitTime': 'Visit time',
    'itineraryFile.field': '{label}: {value}',
    'itineraryFile.navigateWith': 'Navigate ({app})',
    'itineraryFile.mapAmap': 'Amap',
    'itineraryFile.mapBaidu': 'Baidu Maps',
    'itineraryFile.mapApple': 'Apple Maps',
    'itineraryFile.mapGoogle': 'Google Maps',
  },
  {
    'itineraryFile.headerCustomerId': '客户编号',
    'itineraryFile.headerOverdueAmount': '逾期金额',
    'itineraryFile.summarySheet': '汇总',
    'itineraryFile.officerId': '外访员编号',
    'itineraryFile.officerName': '姓名',
    'itineraryFile.distanceKm': '里程（公里）',
    'itineraryFile.travelMin': '路程（分钟）',
    'itineraryFile.workingMin': '工作时长（分钟）',
    'itineraryFile.unassignedMessage': '说明',
    'itineraryFile.dayName': '{officerName} {date} 行程',
    'itineraryFile.navigationTitle': '{officerName} {date} 走访导航',
    'itineraryFile.visitTime': '走访时间',
    'itineraryFile.field': '{label}：{value}',
    'itineraryFile.navigateWith': '导航（{app}）',
    'itineraryFile.mapAmap': '高德地图',
    'itineraryFile.mapBaidu': '百度地图',
    'itineraryFile.mapApple': 'Apple 地图',
    'itineraryFile.mapGoogle': 'Google 地图',
  },
);
