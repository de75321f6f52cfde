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
    'workspaceKey.plainWorkspace':
      'The workspace {file} is not encrypted. Encrypt it once with `dispatch encrypt --db {file}` (add --keep-plain to keep an unencrypted copy), or add --plain to use it unencrypted.',
    'workspaceKey.givenDoesNotOpen':
      'The key given by {source} does not open the workspace {file}: it was encrypted with another key. Check the key; nothing was changed.',
    'workspaceKey.noKey':
      'The workspace {file} is encrypted and no key kept on this computer opens it. Give its key with DISPATCH_DB_KEY or --key-file FILE (a workspace made on another computer has its key there).',
    'workspaceKey.keyFileUnreadable': 'The key file {file} cannot be read ({code}); check the path.',
    'workspaceKey.keyEmpty': 'The key given by {source} is empty.',
    'workspaceKey.plainCreated':
      'Warning: the new workspace {file} is not encrypted (--plain): anyone who copies the file can read the borrowers’ data.',
    'encrypt.done': 'Encrypted the workspace {file}; it now opens only with its key.',
    'encrypt.keptPlain': 'An unencrypted copy is kept as {copy}; delete it as soon as it is no longer needed.',
    'encrypt.alreadyEncrypted': 'The workspace {file} is already encrypted; nothing was changed.',
    'encrypt.inUse':
      'The workspace {file} is open in another program (the app or `dispatch web`); close it and encrypt again. Nothing was changed.',
    'backup.noFolder': 'This workspace has no backup folder (it is not kept in a file); nothing was backed up.',
    'users.action.changeBackups': 'change the daily backups',
    'key.notEncrypted': 'The workspace {file} is not encrypted, so it has no key.',
    'key.warning':
      'Above is the key of {file}. Anyone with it and a copy of the file can read the borrowers’ data: keep it where only the people who need it can.',
    'encryptPrompt.message': 'This workspace is not encrypted',
    'encryptPrompt.detail':
      'The workspace {file} holds borrowers’ personal data unencrypted: anyone who copies it can read it. Encrypt it now? Its key is kept in this computer’s keychain.',
    'encryptPrompt.encrypt': '&Encrypt',
    'encryptPrompt.keepPlain': 'Encrypt and &keep an unencrypted copy',
    'encryptPrompt.quit': '&Quit',
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
    'workspaceKey.plainWorkspace':
      '工作区 {file} 未加密。请用 `dispatch encrypt --db {file}` 加密一次（加 --keep-plain 可保留一份未加密副本），或加 --plain 以未加密方式使用。',
    'workspaceKey.givenDoesNotOpen': '{source} 提供的密钥打不开工作区 {file}：它是用另一个密钥加密的。请检查密钥；未做任何更改。',
    'workspaceKey.noKey':
      '工作区 {file} 已加密，本机保存的密钥都打不开它。请用 DISPATCH_DB_KEY 或 --key-file FILE 提供其密钥（在其他电脑上创建的工作区，密钥在那台电脑上）。',
    'workspaceKey.keyFileUnreadable': '无法读取密钥文件 {file}（{code}），请检查路径。',
    'workspaceKey.keyEmpty': '{source} 提供的密钥为空。',
    'workspaceKey.plainCreated': '警告：新工作区 {file} 未加密（--plain）：任何复制该文件的人都能读取借款人数据。',
    'encrypt.done': '已加密工作区 {file}；此后只能用其密钥打开。',
    'encrypt.keptPlain': '已保留一份未加密副本 {copy}；不再需要时请尽快删除。',
    'encrypt.alreadyEncrypted': '工作区 {file} 已加密；未做任何更改。',
    'encrypt.inUse': '工作区 {file} 正被其他程序（本应用或 `dispatch web`）打开；请先关闭再加密。未做任何更改。',
    'backup.noFolder': '此工作区没有备份文件夹（它不保存在文件中）；未进行备份。',
    'users.action.changeBackups': '修改每日备份设置',
    'key.notEncrypted': '工作区 {file} 未加密，因此没有密钥。',
    'key.warning': '以上是 {file} 的密钥。任何持有它和该文件副本的人都能读取借款人数据：请只保存在需要它的人能取到的地方。',
    'encryptPrompt.message': '此工作区未加密',
    'encryptPrompt.detail':
      '工作区 {file} 中的借款人个人数据未加密：任何复制该文件的人都能读取。现在加密吗？密钥保存在本机的系统钥匙串中。',
    'encryptPrompt.encrypt': '加密(&E)',
    'encryptPrompt.keepPlain': '加密并保留一份未加密副本(&K)',
    'encryptPrompt.quit': '退出(&Q)',
  },
);
