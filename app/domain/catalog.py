"""The one catalog of what the core says: message code -> (Chinese, English), and field names.

Add a message here, then raise it by its code: ``raise ActionRefused("group.too_few")``; parameters
are named in braces and must be the same in both languages (``tests/domain/test_messages.py`` checks).
"""

from __future__ import annotations

from collections.abc import Mapping

MESSAGES: Mapping[str, tuple[str, str]] = {
    # audit anchors (the chain head kept outside the database)
    "anchor.backdated": (
        "锚点之后的第 {id} 条记录日期早于锚点的取得时间 {taken_at}（事后插入的伪造记录，或某台电脑的时钟有误）",
        "Entry {id}, after the anchor, is dated before the anchor was taken at {taken_at}"
        " (a forged entry added afterwards, or a PC's clock is wrong)",
    ),
    "anchor.bad_line": (
        "锚点文件 {path} 第 {line} 行无法读取",
        "Line {line} of the anchor file {path} cannot be read",
    ),
    "anchor.count_differs": (
        "锚点记录到此为止共 {entries} 条，现在只有 {now} 条（有记录被删除或插入后重算了哈希）",
        "The anchor counts {entries} entries up to it, there are now {now}"
        " (entries deleted or inserted and the hashes recomputed)",
    ),
    "anchor.entry_missing": (
        "锚点记录的第 {last_id} 条记录已不存在（记录被删除）",
        "Entry {last_id}, which the anchor records, no longer exists (entries were deleted)",
    ),
    "anchor.entry_rewritten": (
        "第 {last_id} 条记录的哈希与锚点不符（此前的记录被修改并重算了哈希）",
        "The hash of entry {last_id} differs from the anchor (earlier entries were changed and the hashes recomputed)",
    ),
    "anchor.log_emptied": (
        "审计日志为空，但锚点记录了 {entries} 条（至第 {last_id} 条）：记录被全部删除",
        "The audit log is empty, but the anchor records {entries} entries (up to entry {last_id}): every entry was deleted",
    ),
    "anchor.none_in_backup": (
        "备份文件 {path} 的清单中没有审计链头（较早版本的备份）",
        "The manifest of the backup {path} holds no audit chain head (a backup from an earlier version)",
    ),
    "anchor.none_in_workbook": (
        "工作簿 {path} 的“说明”表中没有审计链头",
        "The workbook {path} has no audit chain head on its notes sheet",
    ),
    "anchor.not_found": ("找不到锚点文件 {path}", "The anchor file {path} does not exist"),
    "anchor.truncated": (
        "审计日志在第 {now_last} 条处结束，锚点记录到第 {last_id} 条：末尾的记录被删除",
        "The audit log ends at entry {now_last}, the anchor records up to entry {last_id}: entries were cut off the end",
    ),
    "anchor.unknown_file": (
        "{path} 既不是锚点文件，也不是备份文件或统计月报",
        "{path} is neither an anchor file, nor a backup, nor a monthly report",
    ),
    "anchor.unreadable": ("无法读取锚点 {path}（{reason}）", "The anchor {path} cannot be read ({reason})"),
    # audit
    "audit.anchor_failed": (
        "审计日志已被改动：与锚点 {source} 不符：{reason}",
        "The audit log was altered: it does not match the anchor {source}: {reason}",
    ),
    "audit.empty_with_cases": (
        "审计日志为空，但数据库中有 {count} 件案件：审计记录已被删除",
        "The audit log is empty, but the database holds {count} cases: the audit entries were deleted",
    ),
    "audit.broken_link": (
        "与前一条记录的链接不符（记录被删除或调换顺序）",
        "The link to the previous entry does not match (an entry was deleted or reordered)",
    ),
    "audit.hash_mismatch": (
        "内容与哈希不符（记录被修改）",
        "The content does not match its hash (the entry was changed)",
    ),
    # backup
    "backup.case_count": (
        "恢复后案件数 {cases} 与备份清单的 {expected} 不符；原数据库保存在 {aside}",
        "After restoring, {cases} cases differ from the manifest's {expected}; the old database is kept at {aside}",
    ),
    "backup.case_count_untouched": (
        "备份中的数据库有 {cases} 件案件，与清单的 {expected} 不符；未做任何改动",
        "The backup's database has {cases} cases, not the manifest's {expected}; nothing was changed",
    ),
    "backup.changed_during_restore": (
        "备份文件中的 {name} 在恢复过程中发生了变化",
        "{name} in the backup changed while it was being restored",
    ),
    "backup.checksum": (
        "备份文件中的 {name} 与清单的 SHA-256 不符（文件被改动或损坏）",
        "{name} in the backup does not match the manifest's SHA-256 (changed or damaged)",
    ),
    "backup.extra_file": (
        "备份文件中有清单未列出的文件：{name}",
        "The backup holds a file its manifest does not list: {name}",
    ),
    "backup.folder_full_path": (
        "请填写完整路径（例如 D:\\维权台备份）",
        "Enter a full path (for example D:\\Weiquan backups)",
    ),
    "backup.folder_unwritable": ("无法建立或写入：{reason}", "Cannot create or write: {reason}"),
    "backup.format_version": (
        "备份文件的格式版本不受支持，请使用相应版本的维权台恢复",
        "This backup format version is not supported; restore it with the matching version of Weiquan Desk",
    ),
    "backup.integrity": (
        "数据库文件 {name} 未通过完整性检查：{details}",
        "The database file {name} failed the integrity check: {details}",
    ),
    "backup.kind_postgresql": ("PostgreSQL 数据库", "a PostgreSQL database"),
    "backup.kind_sqlite": ("SQLite 文件", "a SQLite file"),
    "backup.missing_file": ("备份文件缺少清单所列的文件：{name}", "The backup lacks a file its manifest lists: {name}"),
    "backup.newer_version": (
        "备份来自更新版本的维权台（数据库版本 {revisions}），请升级后再恢复",
        "The backup comes from a newer Weiquan Desk (database version {revisions}); upgrade before restoring",
    ),
    "backup.no_database": ("备份文件中没有数据库", "The backup holds no database"),
    "backup.not_a_backup": (
        "这不是维权台的备份文件（清单格式不符）",
        "This is not a Weiquan Desk backup (the manifest does not fit)",
    ),
    "backup.not_found": ("找不到备份文件 {path}", "Backup file not found: {path}"),
    "backup.other_kind": (
        "此备份来自{kind}，只能恢复到同类数据库",
        "This backup comes from {kind} and restores only to the same kind of database",
    ),
    "backup.other_schema": (
        "此备份来自 PostgreSQL 模式 {schema}，当前数据库使用 {current}；请连接到同名模式后再恢复",
        "This backup comes from PostgreSQL schema {schema}, the current database uses {current}; connect to the schema of that name before restoring",
    ),
    "backup.pg_schema_aside": ("PostgreSQL 模式 {schema}", "PostgreSQL schema {schema}"),
    "backup.tool_failed": ("{tool} 失败：{detail}", "{tool} failed: {detail}"),
    "backup.unknown_table": (
        "备份中的表 {name} 在此数据库结构中不存在",
        "The backup's table {name} does not exist in this database's schema",
    ),
    "backup.unreadable": (
        "备份文件已损坏或不完整，无法读取（{reason}）",
        "The backup is damaged or incomplete and cannot be read ({reason})",
    ),
    "backup.unsafe_path": ("备份文件含有不安全的路径：{name}", "The backup holds an unsafe path: {name}"),
    # case
    "case.changed": (
        "案件 {case_no} 已被他人修改，请重新打开后再保存",
        "Case {case_no} was changed by someone else; open it again before saving",
    ),
    "case.changed_by": ("{actor} 于 {when} ", "by {actor} at {when}"),
    "case.not_assigned_act": (
        "案件 {case_no} 未指派给 {name}，不能办理",
        "Case {case_no} is not assigned to {name}, who cannot act on it",
    ),
    "case.not_assigned_edit": (
        "案件 {case_no} 未指派给 {name}，不能修改",
        "Case {case_no} is not assigned to {name}, who cannot change it",
    ),
    "case.not_found": ("没有编号为 {case_no} 的案件", "There is no case numbered {case_no}"),
    "case.state_changed": (
        "案件 {case_no} 已被{who}改为“{state}”，请刷新后再操作",
        "Case {case_no} was changed to “{state}” {who}; refresh before acting",
    ),
    "case.unknown_state": ("未知状态 {state}；可选：{choices}", "Unknown state {state}; possible: {choices}"),
    # case_query
    "case_query.bad_due": ("未知期限筛选 {due}", "Unknown deadline filter {due}"),
    "case_query.bad_sort": ("不能按 {sort} 排序", "Cannot sort by {sort}"),
    "case_query.invalid": ("{problems}", "{problems}"),
    "case_query.unknown_state": ("未知状态 {state}", "Unknown state {state}"),
    # cli
    "cli.bad_option": ("{option}：{reason}", "{option}: {reason}"),
    "cli.folder_missing": ("文件夹不存在：{path}", "The folder does not exist: {path}"),
    "cli.input_invalid": (
        "输入有误，共 {count} 处问题，未写入任何内容：",
        "{count} problems in the input; nothing was written:",
    ),
    "cli.ledger_missing": ("找不到台账文件：{path}", "Ledger file not found: {path}"),
    "cli.no_password_stdin": ("标准输入中没有密码", "No password on standard input"),
    "cli.out_xlsx": ("输出文件应以 .xlsx 结尾：{path}", "The output file should end in .xlsx: {path}"),
    # conflict
    "conflict.unknown_value": ("{field}：无法识别的值 {value}", "{field}: value not recognised: {value}"),
    "conflict.version": (
        "{what}已被他人修改（打开时第 {expected} 版，现在第 {current} 版），请重新打开后再保存",
        "{what} was changed by someone else (version {expected} when opened, now {current}); open it again before saving",
    ),
    # connection
    "connection.bad_url": (
        "数据库地址格式不对，例如 postgresql+psycopg://用户:密码@服务器/数据库",
        "The database address is not valid; for example postgresql+psycopg://user:password@server/database",
    ),
    "connection.failed": ("连接失败：{reason}", "Connection failed: {reason}"),
    "connection.lost": (
        "与数据库的连接中断，已重试 {attempts} 次仍未成功（{reason}）。本次操作没有保存，您填写的内容仍然保留；请检查网络或数据库服务器后点“重试”。",
        "The connection to the database broke and {attempts} retries failed ({reason}). Nothing was saved and what you typed is kept; check the network or the database server, then click Retry.",
    ),
    "connection.ok_empty": (
        "连接成功（{server}），是空数据库，首次使用时会建立数据表",
        "Connected ({server}); the database is empty and its tables are created when first used",
    ),
    "connection.ok_with_tables": (
        "连接成功（{server}），已有维权台的数据表",
        "Connected ({server}); the Weiquan Desk tables exist",
    ),
    "connection.sqlite_new": (
        "该 SQLite 文件尚不存在，首次使用时会自动建立",
        "This SQLite file does not exist yet; it is created when first used",
    ),
    "connection.unusable_url": ("无法使用该数据库地址：{reason}", "This database address cannot be used: {reason}"),
    # database
    "database.foreign": (
        "{where} 不是维权台的数据库（其中已有别的程序的表，如 {table}），未做任何改动",
        "{where} is not a Weiquan Desk database (it holds another program's tables, such as {table}); nothing was changed",
    ),
    "database.is_folder": ("{path} 是文件夹，不是数据库文件", "{path} is a folder, not a database file"),
    "database.unsupported": (
        "不支持的数据库 {backend}：请用 sqlite:///文件 或 postgresql+psycopg://用户@主机/库",
        "Unsupported database {backend}: use sqlite:///file or postgresql+psycopg://user@host/database",
    ),
    # date
    "date.format": ("日期格式应为 YYYY-MM-DD", "Write the date as YYYY-MM-DD"),
    "date.missing_day": ("日期不存在", "No such date"),
    "date.not_after_today": ("不能晚于今天", "Cannot be after today"),
    "date.not_before_accepted": ("不能早于受理日期", "Cannot be before the acceptance date"),
    "date.not_before_received": ("不能早于登记日期", "Cannot be before the registration date"),
    "date.out_of_range": (
        "日期应在 {earliest} 至 {latest}（一年以内）之间",
        "The date must lie from {earliest} to {latest} (within a year from today)",
    ),
    "ledger.formula_without_value": (
        "单元格 {cell} 是公式，但文件中没有它的计算结果（请在 Excel 或 WPS 中打开、保存后再导入）",
        "Cell {cell} holds a formula but the file keeps no calculated value for it"
        " (open and save it in Excel or WPS, then import again)",
    ),
    "text.unsafe_character": (
        "含有不可见字符或控制字符 {char}（如换行、零宽字符或文字方向控制符）",
        "Contains an invisible or control character {char} (such as a line break, a zero-width character"
        " or a text-direction override)",
    ),
    "date.purchase_future": ("购买日期不能晚于今天", "The purchase date cannot be after today"),
    "date.purchase_too_early": ("购买日期不能早于2000年", "The purchase date cannot be before 2000"),
    # deadline
    "deadline.bad_day_kind": (
        "期限计算方式无效：{kind}（应为 working 或 calendar）",
        "Invalid way of counting a deadline: {kind} (should be working or calendar)",
    ),
    "deadline.negative_days": (
        "期限天数不能为负数：{days}",
        "A deadline cannot have a negative number of days: {days}",
    ),
    "deadline.unknown_state": ("未知的案件状态：{state}", "Unknown case state: {state}"),
    # demo
    "demo.not_empty": (
        "数据库中已有案件，演示数据只能生成到空数据库中",
        "The database already holds cases; demo data goes only into an empty database",
    ),
    "demo.too_few": ("演示案件数量至少为 1", "The number of demo cases is at least 1"),
    # document
    "document.needs": ("生成{document}需要先有{field}", "The {document} needs the {field} first"),
    "document.state": (
        "案件当前状态（{state}）不能出具{document}",
        "A case that is {state} cannot be given the {document}",
    ),
    "document.unknown_kind": ("未知的文书种类", "Unknown kind of document"),
    # enquiry
    "enquiry.already_complaint": ("这条咨询已经转为投诉", "This enquiry has already become a complaint"),
    "enquiry.channel": ("请选择来访、来电、来信或网络", "Choose walk-in, phone, letter or online"),
    "enquiry.not_found": ("没有编号为 {enquiry_id} 的咨询记录", "There is no enquiry no. {enquiry_id}"),
    "enquiry.topic_required": ("请简述咨询的内容", "Say briefly what the enquiry is about"),
    # entrusted
    "entrusted.not_entrusted": ("{case_no} 不是受委托调解的案件", "{case_no} is not an entrusted case"),
    # evidence
    "evidence.checksum": (
        "证据文件“{name}”与添加时的 SHA-256 不符，文件可能已被改动",
        "The evidence file “{name}” no longer matches its SHA-256; it may have been changed",
    ),
    "evidence.duplicate": (
        "此文件已是案件 {case_no} 的证据（SHA-256 相同）",
        "This file is already evidence of case {case_no} (same SHA-256)",
    ),
    "evidence.field_not_read": ("截图中没有识别到这一项", "This item was not found in the screenshot"),
    "evidence.file_missing": ("证据文件不见了：{path}", "The evidence file is missing: {path}"),
    "evidence.kind_required": ("请选择证据类型", "Choose the kind of evidence"),
    "evidence.no_reading": ("这份证据没有识别结果", "This evidence has no recognised text"),
    "evidence.not_a_file": ("文件不存在或不是普通文件", "The file does not exist or is not a regular file"),
    "evidence.not_found": ("没有这份证据", "No such evidence"),
    "evidence.reader_missing": ("识别组件未安装：{reason}", "The text reader is not installed: {reason}"),
    "evidence.too_large": ("文件超过 50 MB，请压缩或截取后再添加", "The file is over 50 MB; compress or crop it first"),
    "evidence.unknown_field": ("没有这个识别字段", "No such recognised field"),
    # file
    "file.csv_or_xlsx": ("请选择 .csv 或 .xlsx 文件", "Choose a .csv or .xlsx file"),
    "file.disk_full": (
        "磁盘空间不足，{name} 未写入；原文件未改动",
        "The disk is full; {name} was not written and the old file is unchanged",
    ),
    "file.empty": ("文件是空的", "The file is empty"),
    "file.encoding": (
        "无法识别文件编码，请另存为 UTF-8 的 CSV",
        "The file's encoding is not recognised; save it as a UTF-8 CSV",
    ),
    "file.exists": (
        "文件已存在：{path}；请另选文件名或先移走原文件",
        "The file exists: {path}; choose another name or move the old file first",
    ),
    "file.folder_missing": ("文件夹不存在：{path}", "The folder does not exist: {path}"),
    "file.folder_unwritable": (
        "无法在文件夹 {path} 中写入（文件夹只读、不存在或没有权限）",
        "Cannot write in the folder {path} (read-only, missing or no permission)",
    ),
    "file.is_database": (
        "{path} 是数据库文件，不能被覆盖；请另选文件名",
        "{path} is a database file and cannot be overwritten; choose another name",
    ),
    "file.is_live_database": (
        "{path} 是正在使用的数据库文件，不能被覆盖；请另选文件名",
        "{path} is the database in use and cannot be overwritten; choose another name",
    ),
    "file.missing_columns": ("缺少列：{columns}", "Missing columns: {columns}"),
    "file.name_too_long": ("文件名或路径太长，无法写入：{name}", "The file name or path is too long to write: {name}"),
    "file.not_a_folder": (
        "{path} 不是文件夹，无法在其中写入文件",
        "{path} is not a folder; no file can be written in it",
    ),
    "file.open_elsewhere": (
        "{name} 正被其他程序打开（例如 Excel 或 PDF 阅读器）或只读，请关闭后重试；原文件未改动",
        "{name} is open in another program (such as Excel or a PDF reader) or read-only; close it and try again; the old file is unchanged",
    ),
    "file.target_is_folder": (
        "{path} 是一个文件夹，请给出要写入的文件名",
        "{path} is a folder; give the name of the file to write",
    ),
    "file.unreadable": ("无法读取文件：{reason}", "Cannot read the file: {reason}"),
    "file.write_failed": (
        "无法写入 {path}：{reason}；原文件未改动",
        "Cannot write {path}: {reason}; the old file is unchanged",
    ),
    # group
    "group.already_grouped": (
        "案件 {case_no} 已属于另一集体投诉（第 {group_id} 号）",
        "Case {case_no} already belongs to another group complaint (no. {group_id})",
    ),
    "group.no_open_cases": ("集体投诉“{title}”没有在办案件", "The group complaint “{title}” has no open cases"),
    "group.not_found": ("没有第 {group_id} 号集体投诉", "There is no group complaint no. {group_id}"),
    "group.not_member": ("案件 {case_no} 不属于集体投诉", "Case {case_no} is not in a group complaint"),
    "group.other_merchant": (
        "案件 {case_no} 的经营者不同，不能并入集体投诉“{title}”",
        "Case {case_no} has another merchant and cannot join the group complaint “{title}”",
    ),
    "group.title_required": ("请填写集体投诉名称", "Enter a title for the group complaint"),
    "group.too_few": ("集体投诉至少包括两件案件", "A group complaint has at least two cases"),
    # holiday
    "holiday.duplicate": ("重复出现", "Appears twice"),
    "holiday.end_before_start": ("不能早于开始日期", "Cannot be before the start date"),
    "holiday.kind": ("应为“放假”或“上班”", "Should be 放假 (holiday) or 上班 (working day)"),
    "holiday.max_span": ("一次最多 {days} 天", "At most {days} days at a time"),
    "holiday.no_dates": ("没有 {year} 年的日期", "No dates in {year}"),
    "holiday.not_listed": ("{day} 不在节假日表中", "{day} is not in the holiday table"),
    "holiday.same_year": ("开始和结束日期应在同一年", "Start and end dates must be in the same year"),
    "holiday.wrong_year": ("不属于 {year} 年", "Not in {year}"),
    # id_number
    "id_number.birth_date": ("身份证号中的出生日期不正确", "The date of birth in the ID card number is not valid"),
    "id_number.birth_date_missing": (
        "身份证号中的出生日期不存在",
        "The date of birth in the ID card number does not exist",
    ),
    "id_number.chars": (
        "身份证号前17位应为数字，最后一位为数字或X",
        "The first 17 characters of the ID card number should be digits, the last a digit or X",
    ),
    "id_number.checksum": ("身份证号校验位不正确", "The check digit of the ID card number is wrong"),
    "id_number.empty": ("身份证号不能为空", "The ID card number is required"),
    "id_number.length": ("身份证号应为18位", "The ID card number should have 18 characters"),
    # input
    "input.invalid": ("输入有误，共 {count} 处问题", "{count} problems in the input"),
    # intake
    "intake.blacklisted": ("经营者“{name}”在黑名单上：{reason}", "The merchant “{name}” is on the blacklist: {reason}"),
    "intake.duplicate": ("可能重复：{why}（{case_nos}）", "Possible duplicate: {why} ({case_nos})"),
    "intake.entrusted_accepted_before_received": (
        "不能早于委托单位收到日期",
        "Cannot be before the date the entrusting body received it",
    ),
    "intake.entrusted_name_required": (
        "填写了委托单位的日期，请填写委托单位名称",
        "Dates of an entrusting body were given; enter its name",
    ),
    "intake.entrusted_received_after_ours": ("不能晚于本会登记日期", "Cannot be after our registration date"),
    "intake.entrusted_received_required": (
        "受委托调解的投诉须填写委托单位收到投诉的日期",
        "An entrusted complaint needs the date the entrusting body received it",
    ),
    "intake.facts_required": ("请填写投诉事实", "Describe the facts of the complaint"),
    "intake.sub_category_outside": (
        "不属于所选的商品或服务类别“{category}”",
        "Not within the chosen goods or service class “{category}”",
    ),
    "intake.sub_category_without_class": (
        "请先选择商品或服务类别",
        "Choose the goods or service class first",
    ),
    "intake.merchant_identity": (
        "请至少填写经营者名称、微信号、电话、统一社会信用代码或收款人之一",
        "Enter at least one of the merchant's name, WeChat ID, phone, credit code or payee",
    ),
    "intake.open_cases": (
        "经营者“{name}”另有 {count} 件在办投诉",
        "The merchant “{name}” has {count} other open complaints",
    ),
    "intake.performance_overdue": (
        "协议约定 {due} 前履行，尚未回访确认",
        "The agreement was due to be performed by {due}; no follow-up has confirmed it",
    ),
    "intake.phone_required": ("请填写联系电话", "Enter a phone number"),
    "intake.ref_12315_required": (
        "12315转办的投诉须填写转办编号",
        "A complaint passed on by 12315 needs its reference number",
    ),
    "intake.related": ("关联案件：{case_nos}", "Linked cases: {case_nos}"),
    "intake.same_order_no": ("已有相同订单号的投诉", "a complaint with the same order number exists"),
    "intake.same_phone_merchant": (
        "同一消费者电话对同一经营者在{days}天内已有投诉",
        "the same consumer phone complained about the same merchant within {days} days",
    ),
    "intake.same_transaction_no": (
        "另一案件的付款截图有相同的交易单号",
        "a payment screenshot of another case has the same transaction number",
    ),
    # ledger
    "ledger.accepted_on_required": (
        "状态为“{state}”的案件须填写受理日期",
        "A case that is “{state}” needs an acceptance date",
    ),
    "ledger.accepted_on_unexpected": (
        "状态为“{state}”的案件不应有受理日期",
        "A case that is “{state}” has no acceptance date",
    ),
    "ledger.case_exists": (
        "数据库中已有此案件编号（可选择跳过已有案件）",
        "The database already has this case number (you can skip existing cases)",
    ),
    "ledger.closed_on_required": (
        "状态为“{state}”的案件须填写办结日期",
        "A case that is “{state}” needs a closing date",
    ),
    "ledger.closed_on_unexpected": (
        "状态为“{state}”的案件不应有办结日期",
        "A case that is “{state}” has no closing date",
    ),
    "ledger.duplicate_case_no": ("与第{first}行的案件编号重复", "Same case number as row {first}"),
    "ledger.masked_report": (
        "这是已脱敏的月报，个人信息已隐去，只供阅读，不能导入；请导入未脱敏导出的月报或原台账",
        "This is a masked monthly report: personal data is hidden, it is for reading only and cannot be imported; import an unmasked export or the original ledger",
    ),
    "ledger.money_unexpected": (
        "只有已办结的案件才有挽回经济损失或加倍赔偿",
        "Only a closed case has recovered losses or punitive damages",
    ),
    "ledger.not_a_choice": ("不是可选的值（{choices}）", "Not one of the values {choices}"),
    "ledger.not_a_request": ("不是可选的诉求（{choices}）", "Not one of the requests {choices}"),
    "ledger.not_a_state": ("不是可选的状态（{choices}）", "Not one of the states {choices}"),
    "ledger.outcome_required": ("已办结的案件须填写办结结果", "A closed case needs an outcome"),
    "ledger.outcome_unexpected": ("只有已办结的案件才有办结结果", "Only a closed case has an outcome"),
    "ledger.punitive_over_recovered": (
        "加倍赔偿金额是挽回经济损失的一部分，不能大于它",
        "Punitive damages are part of the recovered losses and cannot exceed them",
    ),
    "ledger.required_column": ("缺少必填列", "A required column is missing"),
    "ledger.too_large": (
        "台账文件超过 100 MB，请拆分后分批导入",
        "The ledger file is over 100 MB; split it and import the parts one after another",
    ),
    "ledger.unreadable": ("无法读取台账文件：{reason}", "Cannot read the ledger file: {reason}"),
    "ledger.unreadable_workbook": (
        "无法读取台账文件：它不是 Excel（.xlsx、.xls）或 LibreOffice（.ods）工作簿，或文件已损坏、已加密",
        "Cannot read the ledger file: it is not an Excel (.xlsx, .xls) or LibreOffice (.ods) workbook, or it is damaged or encrypted",
    ),
    # link
    "link.exists": ("案件 {a} 与 {b} 已关联", "Cases {a} and {b} are already linked"),
    "link.not_found": ("案件 {a} 与 {b} 未关联", "Cases {a} and {b} are not linked"),
    "link.self": ("不能把案件与自己关联", "A case cannot be linked to itself"),
    # mediator
    "mediator.not_mediator": ("{name} 不是调解员", "{name} is not a mediator"),
    "mediator.state": ("“{state}”的案件不能指派调解员", "A mediator cannot be assigned to a case that is “{state}”"),
    # merchant
    "advance.not_found": (
        "案件 {case_no} 没有第 {payment_id} 号先行赔付记录",
        "Case {case_no} has no advance compensation record no. {payment_id}",
    ),
    "merchant.already_blacklisted": ("“{name}”已在黑名单上", "“{name}” is already on the blacklist"),
    "merchant.chosen_missing": ("所选经营者不存在", "The chosen merchant does not exist"),
    "merchant.merge_self": ("不能把经营者与自己合并", "A merchant cannot be merged with itself"),
    "merchant.merged": ("“{name}”已合并到其他经营者", "“{name}” was merged into another merchant"),
    "merchant.merged_act_on_target": (
        "“{name}”已合并到其他经营者，请在合并后的经营者上操作",
        "“{name}” was merged into another merchant; act on the merged merchant",
    ),
    "merchant.not_blacklisted": ("“{name}”不在黑名单上", "“{name}” is not on the blacklist"),
    "merchant.not_found": ("没有编号为 {merchant_id} 的经营者", "There is no merchant no. {merchant_id}"),
    "merchant.undo_later_first": ("请先撤销之后的合并（第 {later} 号）", "Undo the later merge first (no. {later})"),
    # merge
    "merge.already_undone": ("第 {merge_id} 号合并已撤销", "Merge no. {merge_id} was already undone"),
    "merge.not_found": ("没有第 {merge_id} 号合并记录", "There is no merge no. {merge_id}"),
    # mobile
    "mobile.empty": ("手机号不能为空", "The mobile number is required"),
    "mobile.format": (
        "手机号应为11位，以1开头，第二位为3-9",
        "A mobile number has 11 digits, starting with 1 and then 3 to 9",
    ),
    # money
    "money.decimals": ("金额最多两位小数", "The amount has at most two decimals"),
    "money.empty": ("金额不能为空", "The amount is required"),
    "money.negative": ("金额不能为负数", "The amount cannot be negative"),
    "money.not_a_number": (
        "金额应为数字，如 399 或 1,234.50",
        "The amount should be a number, such as 399 or 1,234.50",
    ),
    "money.too_large": ("金额超出上限 9,999,999,999.99 元", "The amount is over the limit of 9,999,999,999.99 yuan"),
    # month
    "month.format": (
        "月份应写成 YYYY-MM，例如 2026-10：{text}",
        "Write the month as YYYY-MM, for example 2026-10: {text}",
    ),
    "month.too_far": (
        "月份 {month} 在一年之后，没有可统计的案件",
        "The month {month} is more than a year ahead; there are no cases to count",
    ),
    # network
    "network.mapped_drive": ("{drive} 是映射的网络驱动器", "{drive} is a mapped network drive"),
    "network.mount": ("{fstype} 网络挂载 {source} → {point}", "{fstype} network mount {source} → {point}"),
    "network.sqlite_on_share": (
        "数据库文件 {path} 位于网络共享上（{how}）。SQLite 文件放在网络共享上并不安全：网络文件系统的文件锁不可靠，两台电脑同时写入可能损坏数据库。多台电脑共用请使用 PostgreSQL 服务器（见 README“For an office”一章）；单机使用请把数据库放在本机硬盘上。",
        "The database file {path} is on a network share ({how}). A SQLite file on a network share is not safe: file locks on network file systems are unreliable and two PCs writing at once can damage the database. For several PCs use a PostgreSQL server (see the README chapter “For an office”); for one PC keep the database on its local disk.",
    ),
    "network.unc": ("网络共享路径 {path}", "network share path {path}"),
    # office
    "office.pattern_needs_n": (
        "须含 {{n}}（当年的流水号），例如 X消调〔{{year}}〕第{{n}}号",
        "Must contain {{n}} (the number within the year), for example No. {{n}} of {{year}}",
    ),
    "office.pattern_placeholders": (
        "只能使用 {{year}}（年份）和 {{n}}（流水号）",
        "Only {{year}} (the year) and {{n}} (the number) can be used",
    ),
    "office.seal_kind": ("须为 PNG 或 JPEG 图片", "Must be a PNG or JPEG image"),
    "office.seal_size": ("图片不能超过 512 KB", "The image cannot be larger than 512 KB"),
    "office.unknown_item": ("没有这一项", "No such item"),
    # password
    "password.mismatch": ("两次输入的密码不一致", "The two passwords differ"),
    "password.same_as_old": ("不能与原密码相同", "Cannot be the same as the old password"),
    "password.too_simple": ("过于简单：请混合使用字母、数字或符号", "Too simple: mix letters, digits or symbols"),
    # permission
    "permission.deactivated": (
        "{name} 的账户已停用，不能再办理任何事项",
        "The account of {name} is deactivated and can no longer act",
    ),
    "permission.denied": ("{name} 没有“{permission}”的权限", "{name} does not have the right to {permission}"),
    # phone
    "phone.empty": ("电话号码不能为空", "The phone number is required"),
    "phone.format": (
        "电话号码应为手机号、带区号的固定电话（如 010-12345678）或400/800电话",
        "A phone number is a mobile number, a landline with its area code (such as 010-12345678) or a 400/800 number",
    ),
    # problem
    "problem.row": ("第{row}行 ", "Row {row}: "),
    "problem.value": ("（值：{value}）", " (value: {value})"),
    # record
    "record.changed": (
        "该记录刚被他人修改，本次保存未写入；请查看对方的修改后再保存",
        "Someone else has just changed this record, so nothing was saved; look at their change, then save again",
    ),
    # requirement
    "requirement.advise_court_or_arbitration": (
        "协议未履行的，请告知消费者可依法向人民法院起诉或申请仲裁",
        "When an agreement was not performed, tell the consumer they may sue in court or apply for arbitration",
    ),
    "respondent.already_named": ("“{name}”已是本案被投诉人", "“{name}” is already a respondent in this case"),
    "respondent.is_the_merchant": (
        "“{name}”是本案的经营者，无需再列为被投诉人",
        "“{name}” is the case's merchant; it need not be named again",
    ),
    "respondent.not_found": (
        "案件 {case_no} 没有第 {respondent_id} 号被投诉人",
        "Case {case_no} has no respondent no. {respondent_id}",
    ),
    "requirement.advance_amount": ("先行赔付金额应大于零", "The advance compensation must be more than zero"),
    "requirement.advance_state": (
        "不予受理的投诉不能记录先行赔付",
        "Advance compensation cannot be recorded on a rejected complaint",
    ),
    "requirement.agreement_terms": ("请填写协议内容", "Write the terms of the agreement"),
    "requirement.consumer": ("缺少消费者姓名或联系方式", "The consumer's name or contact details are missing"),
    "requirement.consumer_consent": ("调解须经消费者同意", "Mediation needs the consumer's consent"),
    "requirement.extend_consumer_consent": (
        "延长调解期限须经消费者同意",
        "Extending the mediation limit needs the consumer's consent",
    ),
    "requirement.extend_days": (
        "应在 1 到 {left} 天之间（规则 {rules} 最多延长 {most} 天）",
        "Should be 1 to {left} days (rule set {rules} extends by at most {most} days)",
    ),
    "requirement.extend_merchant_consent": (
        "延长调解期限须经经营者同意",
        "Extending the mediation limit needs the merchant's consent",
    ),
    "requirement.extend_not_allowed": (
        "规则 {rules} 不允许延长调解期限",
        "Rule set {rules} allows no extension of the mediation limit",
    ),
    "requirement.extend_state": (
        "只有受理后、办结前的调解可以延长",
        "Only mediation after acceptance and before closing can be extended",
    ),
    "requirement.facts": ("缺少投诉事实", "The facts of the complaint are missing"),
    "requirement.follow_up_method": ("请选择回访方式", "Choose how the follow-up was made"),
    "requirement.follow_up_result": ("请填写回访结果", "Enter what the follow-up found"),
    "requirement.follow_up_state": (
        "回访用于已达成协议或已办结的案件",
        "A follow-up is for cases with an agreement or closed cases",
    ),
    "requirement.ground_not_in_rules": ("规则 {rules} 中没有此情形", "Rule set {rules} has no such ground"),
    "requirement.identity_finding": ("请作出经营者身份认定结论", "Record a finding on the merchant's identity"),
    "requirement.mediator": ("请先指派调解员", "Assign a mediator first"),
    "requirement.merchant": ("缺少可识别经营者的信息", "Nothing identifies the merchant"),
    "requirement.merchant_consent": ("调解须经经营者同意", "Mediation needs the merchant's consent"),
    "requirement.not_before": ("不能早于{what}（{earliest}）", "Cannot be before the {what} ({earliest})"),
    "requirement.other_ground": ("其他理由须写明", "Describe the other ground"),
    "requirement.other_reason": ("其他原因须写明", "Describe the other reason"),
    "requirement.outcome": ("请选择办结结果", "Choose the outcome"),
    "requirement.outcome_after_agreement": (
        "达成协议的案件只能以履行完毕、自行和解或未履行办结",
        "A case with an agreement closes only as performed, settled by the parties or not performed",
    ),
    "requirement.outcome_after_termination": (
        "终止调解的案件不能以履行完毕办结",
        "A terminated case cannot close as performed",
    ),
    "requirement.payer": ("请选择由谁支付", "Choose who pays"),
    "requirement.performance_checked": (
        "请先回访确认协议已履行",
        "Confirm with a follow-up that the agreement was performed",
    ),
    "requirement.private_deal_needs_finding": (
        "以个人之间私下交易不予受理的，须作出经营者身份认定，结论为个人之间私下交易",
        "Rejecting as a private trade between individuals needs a merchant identity finding that says so",
    ),
    "requirement.private_trade": (
        "认定为个人之间私下交易的，应不予受理",
        "A private trade between individuals must be rejected",
    ),
    "requirement.punitive_over_recovered": ("不能大于实际到账金额", "Cannot be more than the amount actually received"),
    "requirement.rejection_ground": ("至少选择一项不予受理情形", "Choose at least one ground for rejection"),
    "requirement.rejection_text": ("请填写不予受理的书面理由", "Write the reasons for the rejection"),
    "requirement.respondent_state": (
        "不予受理的投诉不能再增加被投诉人",
        "No respondent can be added to a rejected complaint",
    ),
    "requirement.respondents_max": (
        "除经营者外最多可列 {limit} 个被投诉人",
        "At most {limit} respondents besides the merchant",
    ),
    "requirement.reopen_never_accepted": (
        "案件未经受理即已办结（撤回或移送），不能重新调解，请重新登记",
        "The case ended without being accepted (withdrawn or transferred) and cannot be reopened; register it again",
    ),
    "requirement.reopen_reason": ("请填写重新调解的理由", "Write why mediation is reopened"),
    "requirement.requests": ("缺少投诉诉求", "What the consumer asks for is missing"),
    "requirement.session_before_agreement": (
        "达成协议前至少要记录一次调解",
        "Record at least one mediation session before an agreement",
    ),
    "requirement.suspension_reason": ("请选择中止原因", "Choose why mediation is suspended"),
    "requirement.termination_ground": ("请选择一项终止调解的理由", "Choose a ground for terminating mediation"),
    "requirement.termination_notice": (
        "请填写告知双方终止调解的日期",
        "Enter the date both parties were told of the termination",
    ),
    "requirement.transfer_outcome": (
        "应为移送行政机关或转交其他组织",
        "Should be referred to an authority or transferred to another body",
    ),
    "requirement.transfer_to": ("请填写移送或转交的单位", "Enter the body the complaint is referred or transferred to"),
    # restore
    "restore.another_running": ("另一个恢复正在进行，请等它完成", "Another restore is running; wait for it to finish"),
    "restore.connections_open": (
        "还有 {count} 个维权台连接在使用此数据库（{where}），请先关闭它们再恢复；未做任何改动",
        "{count} Weiquan Desk connections still use this database ({where}); close them before restoring; nothing was changed",
    ),
    "restore.in_progress": (
        "正在从备份恢复数据库（或上次恢复被中断），请稍后重新打开维权台",
        "The database is being restored from a backup (or the last restore was interrupted); open Weiquan Desk again later",
    ),
    "restore.in_use": (
        "其他程序或电脑正在使用此数据库（例如另一个维权台窗口），请先关闭它们再恢复；未做任何改动",
        "Another program or PC is using this database (such as another Weiquan Desk window); close them before restoring; nothing was changed",
    ),
    "restore.replaced": (
        "数据库已被恢复为备份，本窗口的连接已失效；请重新启动维权台",
        "The database was replaced by a backup and this window's connection is no longer valid; restart Weiquan Desk",
    ),
    "restore.running_open_later": (
        "正在从备份恢复数据库，请稍后再打开维权台",
        "The database is being restored from a backup; open Weiquan Desk again later",
    ),
    # rule_set
    "rule_set.code_format": ("2到32个字母、数字、-、_ 或 .", "2 to 32 letters, digits, -, _ or ."),
    "rule_set.day_kind": ("应为工作日或自然日", "Should be working days or calendar days"),
    "rule_set.ground_code_format": (
        "2到32个小写字母、数字或 _，以字母开头",
        "2 to 32 lower-case letters, digits or _, starting with a letter",
    ),
    "rule_set.ground_kind": (
        "应为不予受理理由、终止调解理由或中止原因",
        "Should be a ground for rejection, a ground for termination or a reason for suspension",
    ),
    "rule_set.ground_not_found": ("没有代码为 {ground} 的理由", "There is no ground with code {ground}"),
    "rule_set.not_found": ("没有代码为 {rule_set} 的规则集", "There is no rule set with code {rule_set}"),
    "rule_set.pausing_not_listed": ("须是所列的中止原因", "Must be one of the listed reasons for suspension"),
    "rule_set.same_day": ("与规则集 {other} 相同", "Same as rule set {other}"),
    "rule_set.suspension_pauses_mediation_only": ("中止只影响调解期限", "A suspension pauses only the mediation limit"),
    "rule_set.unknown_clock": ("未知的期限", "Unknown deadline"),
    "rule_set.unknown_clocks": ("含有未知的期限", "Contains unknown deadlines"),
    "rule_set.unknown_grounds": ("含有未知的理由代码", "Contains unknown ground codes"),
    # session
    "session.method": ("请选择调解方式", "Choose how the session was held"),
    "session.not_mediating": (
        "案件 {case_no}“{state}”，不能记录调解，请先开始调解",
        "Case {case_no} is “{state}”: start mediation before recording a session",
    ),
    "session.offer_by": ("请选择提出方", "Choose who made the offer"),
    "session.participants": ("请填写参加人员", "Enter who took part"),
    "session.summary": ("请填写调解经过", "Describe how the session went"),
    "session.timezone": ("时间缺少时区", "The time has no time zone"),
    # sign_in
    "sign_in.deactivated": (
        "账户 {login} 已停用，请联系管理员",
        "The account {login} is deactivated; contact an administrator",
    ),
    "sign_in.wait": ("密码错误次数过多，请 {wait} 秒后再试", "Too many wrong passwords; try again in {wait} seconds"),
    "sign_in.wrong": ("登录名或密码不正确", "Wrong login or password"),
    "sign_in.wrong_wait": (
        "登录名或密码不正确；请 {wait} 秒后再试",
        "Wrong login or password; try again in {wait} seconds",
    ),
    # uscc
    "uscc.chars": (
        "统一社会信用代码含无效字符（第1位为1-9、N或Y，第3-8位为数字，其余为数字或字母，不含I、O、Z、S、V）",
        "The unified social credit code has invalid characters (the 1st is 1-9, N or Y, the 3rd to 8th are digits, the rest digits or letters other than I, O, Z, S, V)",
    ),
    "uscc.checksum": ("统一社会信用代码校验位不正确", "The check character of the unified social credit code is wrong"),
    "uscc.empty": ("统一社会信用代码不能为空", "The unified social credit code is required"),
    "uscc.length": ("统一社会信用代码应为18位", "The unified social credit code should have 18 characters"),
    # user
    "user.deactivate_self": ("不能停用自己的账户", "You cannot deactivate your own account"),
    "user.first_admin_exists": (
        "已有管理员，请由管理员添加用户",
        "There is already an administrator; ask them to add users",
    ),
    "user.last_admin_deactivate": (
        "{name} 是唯一在用的管理员，不能停用",
        "{name} is the only active administrator and cannot be deactivated",
    ),
    "user.last_admin_role": (
        "{name} 是唯一在用的管理员，不能取消其管理员角色",
        "{name} is the only active administrator and keeps that role",
    ),
    "user.login_format": ("应为1到64个字符，不含空格", "1 to 64 characters, no spaces"),
    "user.name_length": ("应为1到64个字符", "1 to 64 characters"),
    "user.not_active": ("没有在用的用户 {login}", "There is no active user {login}"),
    "user.not_found": ("没有登录名为 {login} 的用户", "There is no user with the login {login}"),
    "user.roles_required": ("请至少选择一个角色；可选：{roles}", "Choose at least one role; possible: {roles}"),
    # value
    "value.choose": ("请选择", "Choose one"),
    "value.choose_one_or_more": ("请至少选择一项", "Choose at least one"),
    "value.days_range": ("应在 {low} 到 {high} 天之间", "Should be between {low} and {high} days"),
    "value.exists": ("已存在", "Already exists"),
    "value.max_chars": ("最多 {limit} 个字符", "At most {limit} characters"),
    "value.min_chars": ("至少 {limit} 个字符", "At least {limit} characters"),
    "value.minutes_range": ("应为 {low} 到 {high} 分钟", "Should be {low} to {high} minutes"),
    "value.not_a_choice": ("不是可选的值", "Not one of the choices"),
    "value.not_negative": ("不能为负数", "Cannot be negative"),
    "value.reason_required": ("请填写理由", "Enter a reason"),
    "value.required": ("不能为空", "Required"),
    "value.whole_days": ("应为整数天数", "Should be a whole number of days"),
    # wechat_id
    "wechat_id.empty": ("微信号不能为空", "The WeChat ID is required"),
    "wechat_id.format": (
        "微信号应为2-40位字母、数字、下划线或减号",
        "A WeChat ID has 2 to 40 letters, digits, underscores or hyphens",
    ),
    # workflow
    "workflow.no_action": ("无", "none"),
    "workflow.not_allowed": (
        "不能{action}：{why}（当前状态：{state}；可执行的操作：{allowed}）",
        "Cannot {action}: {why} (state: {state}; possible actions: {allowed})",
    ),
    "workflow.why.accepted": ("案件已受理但尚未开始调解", "the case is accepted but mediation has not started"),
    "workflow.why.agreed": ("双方已达成协议，正在等待履行", "the parties agreed and performance is awaited"),
    "workflow.why.closed": ("案件已办结", "the case is closed"),
    "workflow.why.mediating": ("案件正在调解中", "the case is being mediated"),
    "workflow.why.registered": ("案件尚未受理", "the case is not accepted yet"),
    "workflow.why.rejected": ("案件已不予受理，流程已结束", "the case was rejected and its workflow has ended"),
    "workflow.why.suspended": ("调解已中止，请先恢复调解", "mediation is suspended; resume it first"),
    "workflow.why.terminated": ("调解已终止", "mediation was terminated"),
}


FIELDS: Mapping[str, str] = {
    "实际到账金额": "Amount received",
    "店铺名称": "Shop name",
    "订单号": "Order number",
    "金额": "Amount",
    # form fields and ledger columns are named in Chinese (their key); the English name to show
    "12315编号": "12315 reference",
    "所在地区": "Region",
    "被投诉人": "Respondent",
    "被投诉人身份": "Respondent's role",
    "被投诉人名称": "Respondent's name",
    "先行赔付方类型": "Kind of advance payer",
    "先行赔付方": "Paid in advance by",
    "先行赔付金额": "Advance compensation",
    "赔付日期": "Paid on",
    "上报的市场监督管理部门": "Market supervision office reported to",
    "不予受理决定": "Rejection decision",
    "不予受理理由": "Grounds for rejection",
    "中止原因": "Reason for suspension",
    "中止日期": "Suspended on",
    "书面理由": "Written reasons",
    "交易日期": "Purchase date",
    "付款方": "Paid by",
    "代码": "Code",
    "其中惩罚性赔偿": "Of which punitive damages",
    "内容": "Content",
    "决定日期": "Decided on",
    "办结日期": "Closed on",
    "办结结果": "Outcome",
    "加倍赔偿金额(元)": "Punitive damages (yuan)",
    "协会名称": "Association name",
    "协议内容": "Terms of the agreement",
    "协议日期": "Agreed on",
    "印章图片": "Seal image",
    "印章文字": "Seal text",
    "原密码": "Old password",
    "参加人员": "Participants",
    "受理日期": "Accepted on",
    "受理期限": "Acceptance limit",
    "受理期限计日方式": "Acceptance limit: day counting",
    "名称": "Name",
    "告知救济途径": "Remedies explained",
    "告知日期": "Notice date",
    "商品或服务类别": "Goods or service category",
    "商品服务类别": "Goods or service category",
    "具体商品或服务": "Specific goods or service",
    "回访方式": "Follow-up method",
    "回访结果": "Follow-up result",
    "地址": "Address",
    "备份文件夹": "Backup folder",
    "姓名": "Name",
    "委托单位": "Entrusting body",
    "委托单位受理日期": "Accepted by the entrusting body",
    "委托单位收到日期": "Received by the entrusting body",
    "字段": "Field",
    "密码": "Password",
    "履行情况": "Performance",
    "履行期限": "Performance due",
    "履行期限计日方式": "Performance: day counting",
    "已知购买人数": "Known buyers",
    "延长天数": "Days of extension",
    "延长期限": "Extension",
    "开始日期": "Started on",
    "影响的期限": "Deadline affected",
    "恢复日期": "Resumed on",
    "惩罚性赔偿": "Punitive damages",
    "投诉内容": "Facts of the complaint",
    "投诉问题性质": "Nature of the complaint",
    "挽回经济损失(元)": "Recovered losses (yuan)",
    "接收单位": "Receiving body",
    "撤回日期": "Withdrawn on",
    "支付方式": "Payment method",
    "文书": "Document",
    "文书编号格式": "Document number pattern",
    "文件": "File",
    "新密码": "New password",
    "方案": "Offer",
    "日期": "Date",
    "暂停计时的中止原因": "Suspension reasons that pause the clock",
    "来源": "Source",
    "案件": "Cases",
    "案件编号": "Case number",
    "消费者": "Consumer",
    "消费者同意": "Consumer's consent",
    "消费者姓名": "Consumer name",
    "消费者电话": "Consumer phone",
    "消费者身份证号": "Consumer ID card number",
    "涉及金额": "Amount",
    "涉及金额(元)": "Amount (yuan)",
    "渠道": "Channel",
    "状态": "State",
    "理由": "Reason",
    "生效日期": "Effective from",
    "电话": "Phone",
    "登录名": "Login",
    "登记日期": "Registered on",
    "确认密码": "Confirm password",
    "移送日期": "Referred on",
    "类别": "Kind",
    "类型": "Kind",
    "终止告知期限": "Termination notice limit",
    "终止告知期限计日方式": "Termination notice: day counting",
    "终止日期": "Terminated on",
    "终止理由": "Ground for termination",
    "终止调解理由": "Termination grounds",
    "经营者": "Merchant",
    "经营者同意": "Merchant's consent",
    "经营者名称": "Merchant name",
    "经营者微信号": "Merchant WeChat ID",
    "经营者电话": "Merchant phone",
    "经营者类型": "Merchant kind",
    "经营者身份认定": "Merchant identity finding",
    "结束日期": "End date",
    "统一社会信用代码": "Unified social credit code",
    "自动锁定": "Automatic lock",
    "表头": "Header",
    "角色": "Roles",
    "计日方式": "Day counting",
    "证据类型": "Kind of evidence",
    "诉求": "Requests",
    "说明": "Explanation",
    "调解协议": "Mediation agreement",
    "调解员": "Mediator",
    "调解地点": "Session place",
    "调解方式": "Session method",
    "调解时间": "Session time",
    "调解期限": "Mediation limit",
    "调解期限计日方式": "Mediation limit: day counting",
    "调解经过": "Session summary",
    "调解记录": "Session record",
    "购买渠道": "Purchase channel",
    "赔偿": "Compensation",
    "退款": "Refund",
    "适用地区": "Region",
    "问题性质": "Nature of the complaint",
    "顺延": "Roll over",
}
