import { defineMessages } from '../define';

/**
 * Column mappings (issue 19): how the files of one source are read when their headers are none of
 * the known names, saved per file layout. `{column}` is a `column.*` name, `{header}` the file's own.
 */
export const columnMappingMessages = defineMessages(
  {
    // The rule (shared/logic/column-mapping.ts) and the saved mappings.
    'columnMapping.unknownField':
      'Column "{header}": "{field}" is not a field this file can have; choose one from the list, or ignore the column.',
    'columnMapping.mappedTwice': 'More than one column is read as {column} ({headers, list}); choose it for one column only.',
    'columnMapping.requiredUnmapped_one':
      'No column is read as {columns, list}, which the file must have; choose the column that holds it.',
    'columnMapping.requiredUnmapped_other':
      'No column is read as {columns, list}, which the file must have; choose the column that holds each.',
    'columnMapping.notInLayout': 'Column "{header}" is not in the header row of the file the mapping is for.',
    'columnMapping.notSaved': 'The column mapping "{name}" was not saved.',
    'columnMapping.unknownName_one': 'No column mapping is saved as "{name}". The saved one is {names, list}.',
    'columnMapping.unknownName_other': 'No column mapping is saved as "{name}". The saved ones are {names, list}.',
    'columnMapping.noneSaved':
      'No column mapping is saved as "{name}": none is saved yet. Save one in the import dialog, or with "import mapping save".',
    'columnMapping.wrongKind': 'The column mapping "{name}" was saved for files holding "{mappingKind}"; this file holds "{kind}".',
    'columnMapping.noFileFor': 'The column mapping "{name}" is for files holding "{kind}", and no such file is given.',
    'columnMapping.badColumnFlag': '--column "{text}" is not of the form HEADER=FIELD (FIELD "ignore" leaves the column out).',
    'columnMapping.badKind': '--kind "{value}" is not a kind of file; use {kinds, list(type: disjunction)}.',

    // The import dialog's mapping step.
    'import.mapping.title': 'Which field does each column hold?',
    'import.mapping.intro':
      'Some columns the file must have were not found by their headers. If the file has them under other names, choose what each column holds; the mapping is saved under a name, and the next file with the same header row maps itself.',
    'import.mapping.columns': 'Columns of the file',
    'import.mapping.col.header': 'Column in the file',
    'import.mapping.col.field': 'Read as',
    'import.mapping.col.sample': 'First value',
    'import.mapping.fieldOf': 'Read column "{header}" as',
    'import.mapping.ignore': '(ignore this column)',
    'import.mapping.required': '{column} (required)',
    'import.mapping.preview': 'First rows of the file',
    'import.mapping.name': 'Save the mapping as',
    'import.mapping.defaultName': 'Files like {file}',
    'import.mapping.save': 'Save and check the file',
    'import.mapping.saving': 'Saving the mapping…',
    'import.mapping.used': 'Columns read with the saved mapping “{name}”: files with this header row map themselves.',

    // The command line.
    'cli.mappingSaved':
      'Saved the column mapping "{name}" for files holding "{kind}" ({columns} columns); files with this header row map themselves.',
    'cli.mappingListed': '{name}: files holding "{kind}", {columns} columns, saved {savedAt} by {savedBy}',
    'cli.noMappings': 'No column mapping is saved yet.',
    'cli.mappingUsed': 'Columns of {fileName} read with the saved mapping "{name}".',
  },
  {
    'columnMapping.unknownField': '列“{header}”：“{field}”不是此文件可有的字段；请从列表中选择，或忽略此列。',
    'columnMapping.mappedTwice': '有多列被读作{column}（{headers, list}）；请只为其中一列选择它。',
    'columnMapping.requiredUnmapped_other': '没有任何列被读作{columns, list}，而文件必须有这些列；请为每项选择对应的列。',
    'columnMapping.notInLayout': '列“{header}”不在此列映射所对应文件的表头中。',
    'columnMapping.notSaved': '列映射“{name}”未保存。',
    'columnMapping.unknownName_other': '没有名为“{name}”的列映射。已保存的有：{names, list}。',
    'columnMapping.noneSaved': '没有名为“{name}”的列映射：尚未保存任何列映射。请在导入对话框中或用“import mapping save”保存。',
    'columnMapping.wrongKind': '列映射“{name}”是为内容为“{mappingKind}”的文件保存的；此文件的内容是“{kind}”。',
    'columnMapping.noFileFor': '列映射“{name}”用于内容为“{kind}”的文件，但没有给出这样的文件。',
    'columnMapping.badColumnFlag': '--column “{text}” 的格式应为 表头=字段（字段写 ignore 表示忽略此列）。',
    'columnMapping.badKind': '--kind “{value}” 不是文件内容的种类；请用 {kinds, list(type: disjunction)}。',

    'import.mapping.title': '每一列是什么字段？',
    'import.mapping.intro':
      '按表头找不到文件必需的某些列。如果文件中这些列用了别的名称，请为每一列选择其内容；列映射将以一个名称保存，下次表头相同的文件会自动套用。',
    'import.mapping.columns': '文件中的列',
    'import.mapping.col.header': '文件中的列',
    'import.mapping.col.field': '读作',
    'import.mapping.col.sample': '第一个值',
    'import.mapping.fieldOf': '将列“{header}”读作',
    'import.mapping.ignore': '（忽略此列）',
    'import.mapping.required': '{column}（必需）',
    'import.mapping.preview': '文件的前几行',
    'import.mapping.name': '列映射名称',
    'import.mapping.defaultName': '与 {file} 相同格式的文件',
    'import.mapping.save': '保存并检查文件',
    'import.mapping.saving': '正在保存列映射…',
    'import.mapping.used': '已按保存的列映射“{name}”读取各列：表头相同的文件会自动套用。',

    'cli.mappingSaved': '已为内容为“{kind}”的文件保存列映射“{name}”（{columns} 列）；表头相同的文件会自动套用。',
    'cli.mappingListed': '{name}：内容为“{kind}”的文件，{columns} 列，{savedAt} 由 {savedBy} 保存',
    'cli.noMappings': '尚未保存任何列映射。',
    'cli.mappingUsed': '{fileName} 的各列已按保存的列映射“{name}”读取。',
  },
);
