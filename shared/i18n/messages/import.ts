import { defineMessages } from '../define';

/**
 * Import problems: file, header, row and cell sentences, and the column names they quote.
 * `{column}` is a column's `column.*` name; `{fileName}` is the file as the dispatcher chose it.
 */
export const importMessages = defineMessages(
  {
    // Columns as messages name them (one name per canonical header; the renderer may show `column.<field>` too).
    'column.visit_id': 'Visit ID',
    'column.date': 'Visit date',
    'column.kind': 'Visit type',
    'column.customer_id': 'Customer ID',
    'column.customer_name': 'Customer name',
    'column.phone': 'Phone',
    'column.address': 'Address',
    'column.lat': 'Latitude',
    'column.lng': 'Longitude',
    'column.windows': 'Appointment windows',
    'column.service_min': 'Service minutes',
    'column.priority': 'Priority',
    'column.skills': 'Skills',
    'column.approval_ref': 'Approval number',
    'column.approved_by': 'Approved by',
    'column.approval_expires': 'Approval valid through',
    'column.approval_scope': 'Approval scope',
    'column.notes': 'Notes',
    'column.coord_system': 'Coordinate system',
    'column.risk_score': 'Risk score',
    'column.overdue_days': 'Days overdue',
    'column.overdue_amount': 'Amount overdue',
    'column.officer_id': 'Officer ID',
    'column.name': 'Name',
    'column.team': 'Team',
    'column.agency': 'Agency',
    'column.start_lat': 'Start latitude',
    'column.start_lng': 'Start longitude',
    'column.end_lat': 'End latitude',
    'column.end_lng': 'End longitude',
    'column.start_address': 'Start address',
    'column.end_address': 'End address',
    'column.shift_start': 'Shift start',
    'column.shift_end': 'Shift end',
    'column.break_start': 'Break start',
    'column.break_min': 'Break minutes',
    'column.max_visits': 'Maximum visits',
    'column.max_work_min': 'Maximum working minutes',
    'column.travel_mode': 'Travel mode',
    'column.active': 'Active',

    // The file as a whole.
    'importProblem.emptyFile': 'The file "{fileName}" is empty: it has no header and no rows.',
    'importProblem.tooLarge': 'The file "{fileName}" is {mb} MB; files larger than 50 MB cannot be imported. Split it into smaller files.',
    'importProblem.tooManyRows':
      'The file "{fileName}" has {rows} data rows; at most {maxRows} can be imported at once. Split it into smaller files.',
    'importProblem.binaryFile':
      'The file "{fileName}" is not a text file (it looks like binary data). Save it from Excel as CSV or XLSX and try again.',
    'importProblem.unknownEncoding':
      'The text encoding of "{fileName}" could not be recognised (it is neither UTF-8 nor GBK/GB18030). Save it as "CSV UTF-8" and try again.',
    'importProblem.notCsvOrXlsx': 'The file "{fileName}" is not a CSV or XLSX file. Only .csv, .txt, .tsv and .xlsx files can be imported.',
    'importProblem.oldExcelFile':
      'The file "{fileName}" is an old Excel 97–2003 (.xls) or password-protected workbook. Save it as .xlsx (without a password) or as CSV and try again.',
    'importProblem.brokenWorkbook':
      'The file "{fileName}" could not be opened as an Excel workbook; it may be damaged. Open it in Excel, save it again as .xlsx, and retry.',
    'importProblem.noWorksheet': 'The workbook "{fileName}" has no worksheet to read.',
    'importProblem.badOption': 'The import setting {name} has an invalid value ({value}).',

    // The header row. `{columns, list}` lists `importProblem.columnAccepted` phrases; `{headers}` are quoted.
    'importProblem.columnNamed': '{column} ({field})',
    'importProblem.columnAccepted': '{column} (header {headers, list(type: disjunction)})',
    'importProblem.columnNotInFile': '{column} (not in the file)',
    'importProblem.missingColumns_one':
      'The file "{fileName}" lacks the required column {columns, list}. Add it to the header row (first row).',
    'importProblem.missingColumns_other':
      'The file "{fileName}" lacks {count} required columns: {columns, list}. Add them to the header row (first row).',
    'importProblem.duplicateColumn': 'The file "{fileName}" has the column {column} more than once ({headers, list}); keep only one.',

    // A row as a whole.
    'importProblem.thisRow': 'This row',
    'importProblem.wrongFieldCount_one':
      'This row has {count} field but the header has {width}; look for a missing or extra comma, or a comma inside a value that is not in quotes.',
    'importProblem.wrongFieldCount_other':
      'This row has {count} fields but the header has {width}; look for a missing or extra comma, or a comma inside a value that is not in quotes.',
    'importProblem.unclosedQuote':
      'A quoted value in this row is not closed properly (a " is missing or misplaced), so the lines after it may have been read as part of it.',
    'importProblem.duplicateId': '{column} "{id}" appears more than once; it was first used on line {first}.',
    'importProblem.notAccepted': '{column} is not accepted: {reason}.',
    'importProblem.visitLocked': 'Visit {visitId} is already "{status}"; an import cannot change it.',

    // One cell.
    'importProblem.required': '{column} is required.',
    'importProblem.tooLong': '{column} must be at most {max} characters (it has {length}).',
    'importProblem.notWholeNumber': '{column} must be a whole number from {min} to {max}.',
    'importProblem.notNumber': '{column} must be a number between {min} and {max}.',
    'importProblem.notPriority': '{column} must be a whole number from 1 (lowest) to 5 (highest).',
    'importProblem.badId': '{column} "{text}" may use letters, digits and _ . - : # / only, at most 64 characters.',
    'importProblem.notDate': '{column} must be a date like 2026-11-23.',
    'importProblem.notRealDate': '{column} {date} is not a real calendar date.',
    'importProblem.notPhone': '{column} "{text}" does not look like a phone number (7 to 20 digits).',
    'importProblem.notRecognised': '{column} "{text}" is not recognised; use one of: {allowed}.',
    'importProblem.badSkill':
      '{column}: "{text}" is not a valid skill name; use letters, digits, _ and - only (no spaces, at most 32 characters).',
    'importProblem.badSkillExpiry':
      '{column}: "{item}" has a bad validity date; write skill@2026-12-31 (held through that day) or skill@2026-01-01~2026-12-31 (from one day through another).',
    'importProblem.skillEndsBeforeStart': '{column}: "{item}" ends before it starts; write the first day before ~ and the last after it.',

    // The values a choice column accepts, quoted by importProblem.notRecognised.
    'importProblem.yesNoChoices': 'yes, no, true, false, 1, 0',
    'importProblem.visitKindChoices': 'verification, collection, follow-up',
    'importProblem.travelModeChoices': 'driving, scooter, cycling, walking, transit',
    'importProblem.coordSystemChoices': 'wgs84, gcj02, bd09',

    // Times, appointment windows, shifts and breaks.
    'importProblem.notClock': '{column} "{text}" is not a time of day like 09:00.',
    'importProblem.notTimeRange': '{column}: "{text}" is not a time range like 09:00-12:00 (separate several ranges with ;).',
    'importProblem.windowEndsBeforeStart': '{column}: {window} ends before it starts (windows cannot cross midnight).',
    'importProblem.noWindows': '{column} has no time range.',
    'importProblem.tooManyWindows': '{column} has {ranges} ranges; at most {max} are allowed.',
    'importProblem.windowsOverlap': '{column}: {first} and {second} overlap; merge them or fix the times.',
    'importProblem.notBreakStart': '{column} "{text}" is not a time like 12:00 or a range like 11:30-13:00.',
    'importProblem.breakEndsBeforeStart': '{column} {range} ends before it starts.',
    'importProblem.shiftEndsBeforeStart': 'Shift end {end} is not after shift start {start} (shifts cannot cross midnight).',
    'importProblem.breakMinutesWithoutStart':
      'Break minutes are given but break start is empty; fill in break start or clear break minutes.',
    'importProblem.breakOutsideShift': 'The {minutes}-minute break starting at {start} does not fit inside the shift {shift}.',

    // Places.
    'importProblem.coordinatesSwapped':
      '{latColumn} {lat} and {lngColumn} {lng} look swapped: latitude is the number between -90 and 90 (about 18 to 54 in China).',
    'importProblem.notGeocoded': 'Coordinates 0, 0 are a placeholder for "not geocoded", not a real place; geocode the address first.',
    'importProblem.halfEndPoint':
      'Give both end latitude and end longitude, leave both empty to end where the day starts, or write "open" in end latitude for no return.',
  },
  {
    'column.visit_id': '走访编号',
    'column.date': '走访日期',
    'column.kind': '走访类型',
    'column.customer_id': '客户编号',
    'column.customer_name': '客户姓名',
    'column.phone': '电话',
    'column.address': '地址',
    'column.lat': '纬度',
    'column.lng': '经度',
    'column.windows': '预约时段',
    'column.service_min': '服务时长（分钟）',
    'column.priority': '优先级',
    'column.skills': '技能',
    'column.approval_ref': '审批编号',
    'column.approved_by': '审批人',
    'column.approval_expires': '审批有效期至',
    'column.approval_scope': '审批范围',
    'column.notes': '备注',
    'column.coord_system': '坐标系',
    'column.risk_score': '风险评分',
    'column.overdue_days': '逾期天数',
    'column.overdue_amount': '逾期金额',
    'column.officer_id': '外访员编号',
    'column.name': '姓名',
    'column.team': '团队',
    'column.agency': '机构',
    'column.start_lat': '起点纬度',
    'column.start_lng': '起点经度',
    'column.end_lat': '终点纬度',
    'column.end_lng': '终点经度',
    'column.start_address': '起点地址',
    'column.end_address': '终点地址',
    'column.shift_start': '上班时间',
    'column.shift_end': '下班时间',
    'column.break_start': '午休开始',
    'column.break_min': '午休时长（分钟）',
    'column.max_visits': '每日走访上限',
    'column.max_work_min': '最长工时（分钟）',
    'column.travel_mode': '出行方式',
    'column.active': '是否在岗',

    'importProblem.emptyFile': '文件“{fileName}”是空的：没有表头也没有数据行。',
    'importProblem.tooLarge': '文件“{fileName}”大小为 {mb} MB，超过 50 MB 的文件无法导入，请拆分成多个较小的文件。',
    'importProblem.tooManyRows': '文件“{fileName}”有 {rows} 行数据，一次最多可导入 {maxRows} 行，请拆分成多个较小的文件。',
    'importProblem.binaryFile': '文件“{fileName}”不是文本文件（看起来是二进制数据），请在 Excel 中另存为 CSV 或 XLSX 后重试。',
    'importProblem.unknownEncoding':
      '无法识别文件“{fileName}”的文字编码（既不是 UTF-8 也不是 GBK/GB18030），请另存为“CSV UTF-8”格式后重试。',
    'importProblem.notCsvOrXlsx': '文件“{fileName}”不是 CSV 或 XLSX 文件，只能导入 .csv、.txt、.tsv 和 .xlsx 文件。',
    'importProblem.oldExcelFile': '文件“{fileName}”是旧版 Excel 97–2003（.xls）或设有密码的工作簿，请另存为无密码的 .xlsx 或 CSV 后重试。',
    'importProblem.brokenWorkbook': '文件“{fileName}”无法作为 Excel 工作簿打开，可能已损坏。请用 Excel 打开后重新保存为 .xlsx 再试。',
    'importProblem.noWorksheet': '工作簿“{fileName}”中没有可读取的工作表。',
    'importProblem.badOption': '导入设置 {name} 的值无效（{value}）。',

    'importProblem.columnNamed': '{column}（{field}）',
    'importProblem.columnAccepted': '{column}（表头写作 {headers, list(type: disjunction)}）',
    'importProblem.columnNotInFile': '{column}（文件中没有此列）',
    'importProblem.missingColumns_other': '文件“{fileName}”缺少 {count} 个必需的列：{columns, list}，请在表头（第一行）中添加。',
    'importProblem.duplicateColumn': '文件“{fileName}”中{column}列出现了多次（{headers, list}），请只保留一列。',

    'importProblem.thisRow': '此行',
    'importProblem.wrongFieldCount_other':
      '此行有 {count} 个字段，但表头有 {width} 列；请检查是否缺少或多出逗号，或值中的逗号没有用引号括起来。',
    'importProblem.unclosedQuote': '此行中有一个带引号的值没有正确结束（缺少或错放了 "），其后的行可能被当成了它的一部分。',
    'importProblem.duplicateId': '{column}“{id}”重复出现，第一次出现在第 {first} 行。',
    'importProblem.notAccepted': '{column}不符合要求：{reason}。',
    'importProblem.visitLocked': '走访 {visitId} 已是“{status}”状态，导入不能修改它。',

    'importProblem.required': '{column}不能为空。',
    'importProblem.tooLong': '{column}最多 {max} 个字符（当前 {length} 个）。',
    'importProblem.notWholeNumber': '{column}必须是 {min} 到 {max} 之间的整数。',
    'importProblem.notNumber': '{column}必须是 {min} 到 {max} 之间的数字。',
    'importProblem.notPriority': '{column}必须是 1（最低）到 5（最高）之间的整数。',
    'importProblem.badId': '{column}“{text}”只能包含字母、数字和 _ . - : # /，最多 64 个字符。',
    'importProblem.notDate': '{column}必须是类似 2026-11-23 的日期。',
    'importProblem.notRealDate': '{column} {date} 不是真实存在的日期。',
    'importProblem.notPhone': '{column}“{text}”不像电话号码（应为 7 到 20 位数字）。',
    'importProblem.notRecognised': '无法识别的{column}“{text}”，请使用：{allowed}。',
    'importProblem.badSkill': '{column}：“{text}”不是有效的技能名称，只能使用字母、数字、_ 和 -（不含空格，最多 32 个字符）。',
    'importProblem.badSkillExpiry':
      '{column}：“{item}”的有效期日期不正确，请写成 技能@2026-12-31（有效至当天）或 技能@2026-01-01~2026-12-31（从某天起至某天）的形式。',
    'importProblem.skillEndsBeforeStart': '{column}：“{item}”的结束日期早于开始日期；请在 ~ 前写第一天，在 ~ 后写最后一天。',

    'importProblem.yesNoChoices': '是、否、yes、no、1、0',
    'importProblem.visitKindChoices': '核实、催收、回访',
    'importProblem.travelModeChoices': '驾车、电动车、骑行、步行、公交',
    'importProblem.coordSystemChoices': 'wgs84、gcj02（火星坐标）、bd09（百度）',

    'importProblem.notClock': '{column}“{text}”不是类似 09:00 的时间。',
    'importProblem.notTimeRange': '{column}：“{text}”不是类似 09:00-12:00 的时段（多个时段用 ; 分隔）。',
    'importProblem.windowEndsBeforeStart': '{column}：{window} 的结束时间早于开始时间（时段不能跨越午夜）。',
    'importProblem.noWindows': '{column}中没有时段。',
    'importProblem.tooManyWindows': '{column}有 {ranges} 个时段，最多允许 {max} 个。',
    'importProblem.windowsOverlap': '{column}：{first} 与 {second} 重叠，请合并或更正时间。',
    'importProblem.notBreakStart': '{column}“{text}”不是类似 12:00 的时间或类似 11:30-13:00 的时间范围。',
    'importProblem.breakEndsBeforeStart': '{column} {range} 的结束时间早于开始时间。',
    'importProblem.shiftEndsBeforeStart': '下班时间 {end} 不晚于上班时间 {start}（班次不能跨越午夜）。',
    'importProblem.breakMinutesWithoutStart': '填写了午休时长但午休开始为空，请填写午休开始或清空午休时长。',
    'importProblem.breakOutsideShift': '从 {start} 开始的 {minutes} 分钟午休不在班次 {shift} 之内。',

    'importProblem.coordinatesSwapped':
      '{latColumn} {lat} 与{lngColumn} {lng} 似乎填反了：纬度是 -90 到 90 之间的数字（中国境内约为 18 到 54）。',
    'importProblem.notGeocoded': '坐标 0, 0 表示“未定位”，并非真实地点，请先为地址获取坐标。',
    'importProblem.halfEndPoint': '请同时填写终点纬度和终点经度；两者都留空表示回到起点；在终点纬度填“不返回”表示不返回。',
  },
);
