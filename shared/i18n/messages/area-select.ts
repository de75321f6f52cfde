import { defineMessages } from '../define';

/**
 * Selecting visits by drawing an area on the map, and editing a selection at once (issue 19): the
 * map's area mode, the move of several visits to one officer, and the notices after them. The
 * officer list and the buttons of the move dialog are the one-visit move's (`move.*`).
 */
export const areaSelectMessages = defineMessages(
  {
    'area.toggle': 'Select area',
    'area.toggleHint': 'Draw on the map around the visits to select (A)',
    'area.hint': 'Drag to draw around visits, Shift+drag for a box, hold Ctrl to add to the selection; Esc leaves.',
    'area.selected_one': '{count} visit selected on the map.',
    'area.selected_other': '{count} visits selected on the map.',
    'area.entered': 'Area selection: drag on the map to draw around visits.',
    'area.left': 'Area selection off.',
    'keys.area': 'select visits by drawing an area on the map',
    'moveMany.title_one': 'Move {count} visit to an officer',
    'moveMany.title_other': 'Move {count} visits to an officer',
    'moveMany.explain':
      'Each visit goes where it adds least travel to the route, earliest window first; visits already in that route stay. One Undo takes the whole move back.',
    'edit.movedMany_one': 'Moved {count} visit to {name}; the routes are re-timed.',
    'edit.movedMany_other': 'Moved {count} visits to {name}; the routes are re-timed.',
    'override.doneMany_one': 'Moved {count} visit with a supervisor’s override.',
    'override.doneMany_other': 'Moved {count} visits with a supervisor’s override.',
  },
  {
    'area.toggle': '框选区域',
    'area.toggleHint': '在地图上圈出要选择的走访（A）',
    'area.hint': '拖动鼠标圈出走访，按住 Shift 拖动画矩形，按住 Ctrl 加入已选；按 Esc 退出。',
    'area.selected_other': '已在地图上选中 {count} 个走访。',
    'area.entered': '框选区域：在地图上拖动鼠标圈出走访。',
    'area.left': '已退出框选区域。',
    'keys.area': '在地图上圈选走访',
    'moveMany.title_other': '将 {count} 个走访移给外访员',
    'moveMany.explain': '每个走访按时段先后放到路线中增加路程最少的位置；已在该路线中的走访保持不变。撤销一次即可整体恢复。',
    'edit.movedMany_other': '已将 {count} 个走访移给 {name}；相关路线已重新计算时间。',
    'override.doneMany_other': '已经主管特批调整 {count} 个走访。',
  },
);
