import { defineMessages } from '../define';

/**
 * Workspace files (issue 21): a mistyped path refused instead of created, a busy port, and
 * backups that are checked before they replace anything.
 */
export const workspaceFileMessages = defineMessages(
  {
    'workspaceFile.missing': 'There is no workspace at {file}; check the path (nothing was created). A new workspace is made by import.',
    'workspaceFile.folderMissing':
      'The folder {folder} does not exist, so no workspace was created at {file}; check the path or create the folder first.',
    'workspaceFile.created': 'Created a new workspace at {file}.',
    'cli.portTaken':
      'Port {port} is already in use (perhaps the app is already running); choose another with --port, for example --port {other}.',
    'cli.portMoved': 'Port {port} is already in use, so port {picked} is used instead.',
    'backup.done': 'Backed up the workspace {file} to {out} ({entries} audit entries).',
    'backup.outExists': 'The file {out} already exists; give the backup a new file name (nothing was written).',
    'restore.fromMissing': 'The backup {from} does not exist; nothing was replaced.',
    'restore.damaged': 'The backup {from} is damaged or not a workspace ({detail}); nothing was replaced.',
    'restore.fromFuture':
      'The backup {from} was made by a newer version of this app (schema version {dbVersion}, this app knows {appVersion}); nothing was replaced.',
    'restore.chainBroken': 'The audit trail in the backup {from} does not verify (it breaks at entry {id}); nothing was replaced.',
    'restore.done': 'Restored the workspace {file} from {from}.',
    'restore.kept': 'The workspace it replaced is kept as {kept}.',
  },
  {
    'workspaceFile.missing': '{file} 处没有工作区，请检查路径（未创建任何文件）。新工作区由导入创建。',
    'workspaceFile.folderMissing': '文件夹 {folder} 不存在，因此未在 {file} 创建工作区；请检查路径或先创建该文件夹。',
    'workspaceFile.created': '已在 {file} 创建新工作区。',
    'cli.portTaken': '端口 {port} 已被占用（可能本应用已在运行）；请用 --port 另选端口，例如 --port {other}。',
    'cli.portMoved': '端口 {port} 已被占用，改用端口 {picked}。',
    'backup.done': '已将工作区 {file} 备份到 {out}（{entries} 条审计记录）。',
    'backup.outExists': '文件 {out} 已存在；请为备份另取文件名（未写入任何内容）。',
    'restore.fromMissing': '备份 {from} 不存在；未替换任何内容。',
    'restore.damaged': '备份 {from} 已损坏或不是工作区（{detail}）；未替换任何内容。',
    'restore.fromFuture': '备份 {from} 由更新版本的本应用生成（结构版本 {dbVersion}，本应用支持 {appVersion}）；未替换任何内容。',
    'restore.chainBroken': '备份 {from} 中的审计记录校验未通过（在第 {id} 条处断开）；未替换任何内容。',
    'restore.done': '已从 {from} 恢复工作区 {file}。',
    'restore.kept': '被替换的工作区保留为 {kept}。',
  },
);
