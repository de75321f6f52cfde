import { defineMessages } from '../define';

/**
 * The back end's answers to officer edits. `{officer}` is the officer's name and ID; `{fields}` are
 * columns as the officers file (and the officers screen) names them.
 */
export const officerEditMessages = defineMessages(
  {
    'officerEdit.refused': 'Nothing was saved for officer {officer}. {problems} Correct {fields, list} and save again.',
    'officerEdit.unknownOfficer':
      'Officer {officerId} is not on the roster, so nothing was saved; open the officers screen again and pick the officer from the list.',
    'officerEdit.noSuchEdit': 'There is no officer change {editId} to undo; nothing was changed.',
    'officerEdit.alreadyUndone': 'The last change to officer {officer} is already undone; nothing was changed.',
    'officerEdit.changedSince':
      'The change to officer {officer} cannot be undone because {fields, list} changed again since; nothing was changed. Edit those fields directly instead.',

    // An officer's record fields, as notices about a change name them.
    'officerField.team': 'team',
    'officerField.skills': 'skills',
    'officerField.shiftStartSec': 'shift start',
    'officerField.shiftEndSec': 'shift end',
    'officerField.breaks': 'break',
    'officerField.maxVisits': 'maximum visits',
    'officerField.maxWorkingSec': 'maximum working time',
    'officerField.start': 'start place',
    'officerField.end': 'end place',
    'officerField.isActive': 'active',
  },
  {
    'officerEdit.refused': '外访员 {officer} 的修改未保存。{problems}请改正{fields, list}后再保存。',
    'officerEdit.unknownOfficer': '名单上没有外访员 {officerId}，未保存任何修改；请重新打开外访员页面，从列表中选择外访员。',
    'officerEdit.noSuchEdit': '没有可撤销的外访员修改 {editId}；未做任何更改。',
    'officerEdit.alreadyUndone': '外访员 {officer} 的上次修改已经撤销；未做任何更改。',
    'officerEdit.changedSince': '外访员 {officer} 的修改无法撤销：{fields, list}之后又改过；未做任何更改。请直接修改这些项。',

    'officerField.team': '团队',
    'officerField.skills': '技能',
    'officerField.shiftStartSec': '上班时间',
    'officerField.shiftEndSec': '下班时间',
    'officerField.breaks': '午休',
    'officerField.maxVisits': '每日走访上限',
    'officerField.maxWorkingSec': '最长工时',
    'officerField.start': '起点',
    'officerField.end': '终点',
    'officerField.isActive': '在岗',
  },
);
