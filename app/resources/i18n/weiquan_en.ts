<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1 元</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>（已授权）</source>
        <translation> (authorised)</translation>
    </message>
    <message>
        <source>微信 </source>
        <translation>WeChat </translation>
    </message>
    <message>
        <source>收款人 </source>
        <translation>Payee </translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>经营者标识</source>
        <translation>Merchant identifiers</translation>
    </message>
    <message>
        <source>店铺或小程序</source>
        <translation>Shop or mini-program</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>交易日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>涉及金额</source>
        <translation>Amount involved</translation>
    </message>
    <message>
        <source>委托单位</source>
        <translation>Entrusting office</translation>
    </message>
    <message>
        <source>委托单位收到/受理</source>
        <translation>Office received / accepted</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>商品或服务类别</source>
        <translation>Goods or service class</translation>
    </message>
    <message>
        <source>具体商品或服务</source>
        <translation>Specific goods or service</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>投诉事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>诉求说明</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>已同意</source>
        <translation>: consented</translation>
    </message>
    <message>
        <source>未记录</source>
        <translation>: not recorded</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>经营者身份认定</source>
        <translation>Operator assessment</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>双方同意调解</source>
        <translation>Consent to mediation</translation>
    </message>
    <message>
        <source>终止理由</source>
        <translation>Termination ground</translation>
    </message>
    <message>
        <source>终止 / 告知日期</source>
        <translation>Terminated / notified on</translation>
    </message>
    <message>
        <source>受理与调解</source>
        <translation>Acceptance and mediation</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Terms of agreement</translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>退款 / 赔偿 / 惩罚性赔偿</source>
        <translation>Refund / compensation / punitive compensation</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <source>回访确认</source>
        <translation>Confirmed by follow-up</translation>
    </message>
    <message>
        <source>办结结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>实际到账</source>
        <translation>Amount recovered</translation>
    </message>
    <message>
        <source>其中惩罚性赔偿</source>
        <translation>Of which punitive compensation</translation>
    </message>
    <message>
        <source>付款方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>尚未达成协议</source>
        <translation>No agreement yet</translation>
    </message>
    <message>
        <source>协议与办结</source>
        <translation>Agreement and closing</translation>
    </message>
    <message>
        <source>参加：</source>
        <translation>Present: </translation>
    </message>
    <message>
        <source>结果：</source>
        <translation>Result: </translation>
    </message>
    <message>
        <source>调解记录（%1 次）</source>
        <translation>Mediation sessions (%1)</translation>
    </message>
    <message>
        <source>尚无调解记录</source>
        <translation>No mediation sessions yet</translation>
    </message>
    <message>
        <source>回访记录（%1 次）</source>
        <translation>Follow-up visits (%1)</translation>
    </message>
    <message>
        <source>尚无回访记录</source>
        <translation>No follow-up visits yet</translation>
    </message>
    <message>
        <source>其他被投诉人与先行赔付</source>
        <translation>Other respondents and advance compensation</translation>
    </message>
    <message>
        <source>其他被投诉人：无</source>
        <translation>Other respondents: none</translation>
    </message>
    <message>
        <source>先行赔付：无</source>
        <translation>Advance compensation: none</translation>
    </message>
    <message>
        <source>%1 %2 先行赔付 %3</source>
        <translation>%1 %2 paid %3 in advance</translation>
    </message>
    <message>
        <source>先行赔付合计 %1</source>
        <translation>Advance compensation in all: %1</translation>
    </message>
    <message>
        <source>12315编号</source>
        <translation>12315 no.</translation>
    </message>
    <message>
        <source>消费者姓名</source>
        <translation>Consumer name</translation>
    </message>
    <message>
        <source>消费者电话</source>
        <translation>Consumer phone</translation>
    </message>
    <message>
        <source>命令行（%1）</source>
        <translation>Command line (%1)</translation>
    </message>
    <message>
        <source>修改：</source>
        <translation>Changed: </translation>
    </message>
    <message>
        <source>历史</source>
        <translation>History</translation>
    </message>
    <message>
        <source>数据库位于网络共享上</source>
        <translation>The database is on a network share</translation>
    </message>
    <message>
        <source>自动备份未完成</source>
        <translation>Automatic backup not finished</translation>
    </message>
    <message>
        <source>今天的自动备份没有完成：</source>
        <translation>Today&apos;s automatic backup did not finish: </translation>
    </message>
    <message>
        <source>账户(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>修改密码(&amp;P)…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>立即锁定(&amp;L)</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>切换用户(&amp;U)…</source>
        <translation>S&amp;witch user…</translation>
    </message>
    <message>
        <source>YYYY-MM-DD（告知后填写）</source>
        <translation type="vanished">YYYY-MM-DD (once told)</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>受理</source>
        <translation>Accept Case</translation>
    </message>
    <message>
        <source>已办理登记（有营业执照或统一社会信用代码）</source>
        <translation>Registered (has a business licence or USCC)</translation>
    </message>
    <message>
        <source>以营利为目的持续销售</source>
        <translation>Sells continuously for profit</translation>
    </message>
    <message>
        <source>为品牌或厂家代理销售</source>
        <translation>Sells as an agent for a brand or manufacturer</translation>
    </message>
    <message>
        <source>经常在朋友圈或群内发布商品</source>
        <translation>Often posts goods in Moments or groups</translation>
    </message>
    <message>
        <source>有网店、店铺或小程序</source>
        <translation>Has an online shop, store or mini-program</translation>
    </message>
    <message>
        <source>已知购买人数</source>
        <translation>Known number of buyers</translation>
    </message>
    <message>
        <source>认定结论</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>认定理由</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>告知投诉人日期</source>
        <translation>Complainant told on</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation>Add User</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>用户第一次登录时须改用自己的密码。</source>
        <translation>The user must choose their own password at first sign-in.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>管理</source>
        <translation type="vanished">Administration</translation>
    </message>
    <message>
        <source>用户与角色</source>
        <translation>Users and Roles</translation>
    </message>
    <message>
        <source>规则集</source>
        <translation>Rule Sets</translation>
    </message>
    <message>
        <source>理由与原因</source>
        <translation>Grounds and reasons</translation>
    </message>
    <message>
        <source>协会信息</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>数据库与备份</source>
        <translation>Database and Backup</translation>
    </message>
    <message>
        <source>用户、节假日由管理员维护；此处只能查看规则集。</source>
        <translation>Users and holidays are maintained by the administrator; here you can only view the rule sets.</translation>
    </message>
</context>
<context>
    <name>AdvancePaymentDialog</name>
    <message>
        <source>记录先行赔付</source>
        <translation>Record advance compensation</translation>
    </message>
    <message>
        <source>赔付方类型</source>
        <translation>Kind of payer</translation>
    </message>
    <message>
        <source>赔付方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>赔付日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>达成协议</source>
        <translation>Record Agreement</translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>退款(元)</source>
        <translation>Refund (yuan)</translation>
    </message>
    <message>
        <source>赔偿(元)</source>
        <translation>Compensation (yuan)</translation>
    </message>
    <message>
        <source>惩罚性赔偿(元)</source>
        <translation>Punitive compensation (yuan)</translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation>Agreement date</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>Mediation sessions</translation>
    </message>
    <message>
        <source>已记录 %1 次调解</source>
        <translation>%1 mediation sessions recorded</translation>
    </message>
</context>
<context>
    <name>AssignMediatorDialog</name>
    <message>
        <source>指派调解员</source>
        <translation>Assign Mediator</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>请选择调解员</source>
        <translation>Please choose a mediator</translation>
    </message>
</context>
<context>
    <name>CaseFilters</name>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>全部性质</source>
        <translation>All natures</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>所有微信渠道</source>
        <translation>All WeChat channels</translation>
    </message>
    <message>
        <source>全部调解员</source>
        <translation>All mediators</translation>
    </message>
    <message>
        <source>全部期限</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <source>已超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>两个工作日内到期</source>
        <translation>Due within 2 working days</translation>
    </message>
    <message>
        <source>清除筛选</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>登记日期从</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>商品服务类别</source>
        <translation>Goods/service class</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>受理于 %1 至 %2</source>
        <translation>Accepted %1 to %2</translation>
    </message>
    <message>
        <source>办结于 %1 至 %2</source>
        <translation>Closed %1 to %2</translation>
    </message>
    <message>
        <source>不予受理于 %1 至 %2</source>
        <translation>Not accepted %1 to %2</translation>
    </message>
    <message>
        <source>已解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>获加倍赔偿</source>
        <translation>With punitive compensation</translation>
    </message>
    <message>
        <source>%1 日终超期未办结</source>
        <translation>Open and overdue at the end of %1</translation>
    </message>
    <message>
        <source>指定经营者（编号 %1）</source>
        <translation>Merchant no. %1</translation>
    </message>
    <message>
        <source>另加条件：</source>
        <translation>Also filtered by: </translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>受委托调解时填写，如：某市市场监督管理局</source>
        <translation>For an entrusted case, e.g. a city market supervision bureau</translation>
    </message>
    <message>
        <source>已提交授权委托书</source>
        <translation>Power of attorney submitted</translation>
    </message>
    <message>
        <source>微信交易：登记后请在案件页添加转账或红包记录等付款凭证，这是关键证据。</source>
        <translation>WeChat transaction: after registering, add proof of payment such as a transfer or red-envelope record on the case page; it is the key evidence.</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>12315编号</source>
        <translation>12315 no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>委托单位</source>
        <translation>Entrusting office</translation>
    </message>
    <message>
        <source>委托单位收到日期</source>
        <translation>Office received on</translation>
    </message>
    <message>
        <source>委托单位受理日期</source>
        <translation>Office accepted on</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>店铺或小程序</source>
        <translation>Shop or mini-program</translation>
    </message>
    <message>
        <source>交易</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>交易日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>涉及金额(元)</source>
        <translation>Amount involved (yuan)</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>商品或服务类别</source>
        <translation>Goods or service class</translation>
    </message>
    <message>
        <source>具体商品或服务</source>
        <translation>Specific goods or service</translation>
    </message>
    <message>
        <source>诉求</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>投诉事实</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>诉求说明</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>（未细分）</source>
        <translation>(not specified)</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>案件 %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>该经营者在黑名单上。</source>
        <translation>This merchant is on the blacklist.</translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation type="vanished">Acceptance due</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation type="vanished">Mediation limit</translation>
    </message>
    <message>
        <source>告知期限</source>
        <translation type="vanished">Notice due</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="vanished">Performance due</translation>
    </message>
    <message>
        <source>（已中止，暂停计算）</source>
        <translation> (suspended, clock stopped)</translation>
    </message>
    <message>
        <source>（已超期 %1 个工作日）</source>
        <translation> (overdue by %1 working days)</translation>
    </message>
    <message>
        <source>（剩 %1 个工作日）</source>
        <translation> (%1 working days left)</translation>
    </message>
    <message>
        <source>%1年节假日安排未确认</source>
        <translation>holidays of %1 not confirmed</translation>
    </message>
    <message>
        <source>无进行中的期限</source>
        <translation>No running deadline</translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation>Log Session</translation>
    </message>
    <message>
        <source>延长期限…</source>
        <translation>Extend limit…</translation>
    </message>
    <message>
        <source>记录回访…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <source>指派调解员</source>
        <translation>Assign Mediator</translation>
    </message>
    <message>
        <source>制作文书…</source>
        <translation>Make Document…</translation>
    </message>
    <message>
        <source>修改案件信息</source>
        <translation>Edit Case</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>添加被投诉人…</source>
        <translation>Add respondent…</translation>
    </message>
    <message>
        <source>记录先行赔付…</source>
        <translation>Record advance compensation…</translation>
    </message>
    <message>
        <source>添加证据</source>
        <translation>Add Evidence</translation>
    </message>
    <message>
        <source>从截图识别</source>
        <translation>Read from screenshot</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation type="vanished">Case no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="vanished">Received</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation type="vanished">Consumer</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation type="vanished">Merchant</translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation type="vanished">Channel</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation type="vanished">Nature</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="vanished">State</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="vanished">Mediator</translation>
    </message>
    <message>
        <source>下一期限</source>
        <translation type="vanished">Next due</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation type="vanished">Days left</translation>
    </message>
    <message>
        <source>红色：已超期；橙色：两个工作日内到期</source>
        <translation>Red: overdue; amber: due within 2 working days</translation>
    </message>
    <message>
        <source>%1已超期 %2 个工作日</source>
        <translation>%1 overdue by %2 working days</translation>
    </message>
    <message>
        <source>%1还剩 %2 个工作日</source>
        <translation>%1: %2 working days left</translation>
    </message>
    <message>
        <source>（* %1年节假日安排未确认，按周一至周五计算）</source>
        <translation>(* holidays of %1 not confirmed; counted Monday to Friday)</translation>
    </message>
    <message>
        <source>受理决定</source>
        <translation type="vanished">Acceptance decision</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation type="vanished">Mediation limit</translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation type="vanished">Termination notice</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="vanished">Performance due</translation>
    </message>
</context>
<context>
    <name>CaseWindows</name>
    <message>
        <source>打开案件</source>
        <translation>Open Case</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>搜索：案件编号、消费者姓名或拼音首字母（如 zs）、电话（4位以上）、经营者、微信号、投诉内容</source>
        <translation>Search: case no., consumer name or pinyin initials (e.g. zs), phone (4+ digits), merchant, WeChat ID, complaint text</translation>
    </message>
    <message>
        <source>正在查询…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>正在计数… / %1 件</source>
        <translation>counting… of %1 cases</translation>
    </message>
    <message>
        <source>%1 / %2 件</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>%1万+</source>
        <translation>%10,000+</translation>
    </message>
    <message>
        <source>查询失败：%1</source>
        <translation>Query failed: %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change Password</translation>
    </message>
    <message>
        <source>密码由管理员设置，请先设置您自己的密码。</source>
        <translation>Your password was set by the administrator; please set your own password first.</translation>
    </message>
    <message>
        <source>原密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation>Confirm new password</translation>
    </message>
</context>
<context>
    <name>ClockInput</name>
    <message>
        <source>遇节假日顺延</source>
        <translation>Roll over holidays</translation>
    </message>
    <message>
        <source>按自然日计算的期限最后一日是节假日的，以节假日后的第一个工作日为期限最后一日（民法典第203条）</source>
        <translation>A calendar-day period whose last day is a holiday ends on the next working day (Civil Code Art. 203)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>办结</source>
        <translation>Close Case</translation>
    </message>
    <message>
        <source>办结结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>已回访确认协议已履行</source>
        <translation>Follow-up confirmed the agreement was performed</translation>
    </message>
    <message>
        <source>协议未履行：已告知消费者可依法向人民法院起诉或申请仲裁</source>
        <translation>Agreement not performed: the consumer was told they may go to court or arbitration</translation>
    </message>
    <message>
        <source>告知双方日期</source>
        <translation>Parties notified on</translation>
    </message>
    <message>
        <source>实际到账(元)</source>
        <translation>Amount recovered (yuan)</translation>
    </message>
    <message>
        <source>其中惩罚性赔偿(元)</source>
        <translation>Of which punitive compensation (yuan)</translation>
    </message>
    <message>
        <source>付款方</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CodeInputs</name>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>保留我的</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>采用对方的</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>合并</source>
        <translation>Combine</translation>
    </message>
    <message>
        <source>案件已被他人修改</source>
        <translation>Case Changed by Someone Else</translation>
    </message>
    <message>
        <source>按所选保存</source>
        <translation>Save Selection</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>案件 {no} 在您打开后已被 {who}{when} 修改。请逐项选择要保存的内容；标红的字段双方都改了。</source>
        <translation>Case {no} was changed by {who}{when} after you opened it. Choose what to save for each field; fields in red were changed by both of you.</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>打开时</source>
        <translation>When opened</translation>
    </message>
    <message>
        <source>对方保存的</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation>My changes</translation>
    </message>
    <message>
        <source>保存哪个</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation>Cannot Connect to the Database</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>又有新的修改</source>
        <translation>Changed Again</translation>
    </message>
    <message>
        <source>在您选择期间案件又被修改，请按最新内容再确认一次。</source>
        <translation>The case was changed again while you were choosing; please confirm once more against the latest version.</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>维权台遇到意外错误，刚才的操作没有完成。</source>
        <translation>Weiquan Desk ran into an unexpected error; what you just did was not completed.</translation>
    </message>
    <message>
        <source>详细信息已记入日志：%1</source>
        <translation>The details are in the log: %1</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>维权台已锁定</source>
        <translation>Weiquan Desk is locked</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>仪表盘</source>
        <translation type="vanished">Dashboard</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>上月</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>环比(%)</source>
        <translation>MoM (%)</translation>
    </message>
    <message>
        <source>去年同月</source>
        <translation>Same month last year</translation>
    </message>
    <message>
        <source>同比(%)</source>
        <translation>YoY (%)</translation>
    </message>
    <message>
        <source>双击一行，在案件列表中查看本月这个数字所统计的案件</source>
        <translation>Double-click a row to see, in the case list, the cases this month&apos;s figure counts</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1的数据</source>
        <translation>Figures for %1</translation>
    </message>
    <message>
        <source>%1的数据（本月尚未结束，统计至 %2）</source>
        <translation>Figures of %1 (month still running, counted up to %2)</translation>
    </message>
    <message>
        <source>本月至今</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <source>上月同期</source>
        <translation>Same days last month</translation>
    </message>
    <message>
        <source>去年同期</source>
        <translation>Same days last year</translation>
    </message>
    <message>
        <source>近24个月受理与解决</source>
        <translation>Accepted and resolved, last 24 months</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>解决</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>本月受理投诉的问题性质</source>
        <translation>Natures, this month</translation>
    </message>
    <message>
        <source>微信渠道占比</source>
        <translation>WeChat share</translation>
    </message>
    <message>
        <source>微信渠道</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>其他渠道</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>近90天投诉最多的经营者</source>
        <translation>Top merchants, 90 days</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPanel</name>
    <message>
        <source>本机使用的数据库</source>
        <translation>Database used by this computer</translation>
    </message>
    <message>
        <source>当前：</source>
        <translation>Current:</translation>
    </message>
    <message>
        <source>数据库地址：</source>
        <translation>Database address:</translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation>Test Connection</translation>
    </message>
    <message>
        <source>本机改用此数据库（下次启动生效）</source>
        <translation>Use This Database on This Computer (from Next Start)</translation>
    </message>
    <message>
        <source>备份（全办公室共用的设置）</source>
        <translation>Backup (setting shared by the whole office)</translation>
    </message>
    <message>
        <source>留空则不自动备份</source>
        <translation>Leave empty for no automatic backup</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>自动备份文件夹：</source>
        <translation>Automatic backup folder:</translation>
    </message>
    <message>
        <source>保存文件夹</source>
        <translation>Save Folder</translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation>Back Up Now…</translation>
    </message>
    <message>
        <source>每天第一台关闭维权台的电脑写一份备份，保留最近 14 份。</source>
        <translation>Each day the first computer to close Weiquan Desk writes a backup; the latest 14 are kept.</translation>
    </message>
    <message>
        <source>请填写数据库地址</source>
        <translation>Please enter the database address</translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>已保存。下次启动维权台时本机将使用此数据库。</source>
        <translation>Saved. This computer will use this database the next time Weiquan Desk starts.</translation>
    </message>
    <message>
        <source>选择自动备份文件夹</source>
        <translation>Choose Automatic Backup Folder</translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>自动备份文件夹已保存。</source>
        <translation>The automatic backup folder has been saved.</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back Up To</translation>
    </message>
    <message>
        <source>维权台备份 (*.zip)</source>
        <translation>Weiquan Desk backup (*.zip)</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup Complete</translation>
    </message>
    <message>
        <source>已备份 {n} 件案件到 {path}</source>
        <translation>Backed up {n} cases to {path}</translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation>Backup Not Completed</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>无法保存：%1</source>
        <translation>Cannot save: %1</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>制作文书 · %1</source>
        <translation>Make Document · %1</translation>
    </message>
    <message>
        <source>例如：本会调解室</source>
        <translation>e.g. our mediation room</translation>
    </message>
    <message>
        <source>没有可留空，打印后手写</source>
        <translation>Leave empty if none; fill in by hand after printing</translation>
    </message>
    <message>
        <source>文书</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>调解时间</source>
        <translation>Mediation time</translation>
    </message>
    <message>
        <source>调解地点</source>
        <translation>Mediation place</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation>Mediation session</translation>
    </message>
    <message>
        <source>消费者委托代理人</source>
        <translation>Consumer&apos;s authorised agent</translation>
    </message>
    <message>
        <source>经营者法定代表人或负责人</source>
        <translation>Merchant&apos;s legal representative or person in charge</translation>
    </message>
    <message>
        <source>经营者委托代理人</source>
        <translation>Merchant&apos;s authorised agent</translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>受理决定</source>
        <translation type="vanished">Acceptance decision</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation type="vanished">Mediation limit</translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation type="vanished">Termination notice</translation>
    </message>
    <message>
        <source>协议履行</source>
        <translation type="vanished">Agreement performance</translation>
    </message>
    <message>
        <source>截止日期在 %1 个工作日内或已超期的案件：%2 件，其中超期 %3 件（按截止日期排序，回车打开案件）</source>
        <translation>Cases due within %1 working days or overdue: %2, of which %3 overdue (sorted by due date; press Enter to open a case)</translation>
    </message>
    <message>
        <source>超期 %1 天</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <source>未指派</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>修改案件 %1</source>
        <translation>Edit Case %1</translation>
    </message>
    <message>
        <source>您的角色只能看到脱敏后的内容，不能修改此项</source>
        <translation>Your roles see this masked, so you cannot change it</translation>
    </message>
</context>
<context>
    <name>EnquiriesDialog</name>
    <message>
        <source>咨询登记</source>
        <translation>Enquiry Log</translation>
    </message>
    <message>
        <source>例如：网购退货运费由谁承担</source>
        <translation>e.g. who pays the return postage for an online purchase</translation>
    </message>
    <message>
        <source>登记咨询</source>
        <translation>Log Enquiry</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>商品服务类别</source>
        <translation>Goods/service class</translation>
    </message>
    <message>
        <source>接待人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>转为投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>转为投诉…</source>
        <translation>Turn into Complaint…</translation>
    </message>
    <message>
        <source>日期、渠道、性质、类别</source>
        <translation>Date, channel, nature, class</translation>
    </message>
    <message>
        <source>本月已登记 %1 条咨询</source>
        <translation>%1 enquiries logged this month</translation>
    </message>
</context>
<context>
    <name>EntrustedExportDialog</name>
    <message>
        <source>导出受委托调解结果</source>
        <translation>Export results of entrusted cases</translation>
    </message>
    <message>
        <source>全部委托单位</source>
        <translation>All entrusting offices</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>留空为所选期间的全部案件；填写则导出该案的结果表</source>
        <translation>Empty for every case of the period; a case number exports that case&apos;s result sheet</translation>
    </message>
    <message>
        <source>委托单位</source>
        <translation>Entrusting office</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>登记日期自</source>
        <translation>Received from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>保存到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>添加证据</source>
        <translation>Add Evidence</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>证据类型</source>
        <translation>Evidence type</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>请选择文件</source>
        <translation>Please choose a file</translation>
    </message>
</context>
<context>
    <name>EvidenceOffers</name>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>交易日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>订单号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>收款方</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>从截图识别</source>
        <translation>Read from screenshot</translation>
    </message>
    <message>
        <source>正在识别“%1”……</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <source>未能识别截图：%1</source>
        <translation>Could not read the screenshot: %1</translation>
    </message>
    <message>
        <source>已识别为%1，文字已保存，可在案件列表中搜索</source>
        <translation>Read as %1; its text is saved and can be searched from the case list</translation>
    </message>
    <message>
        <source>已识别为%1</source>
        <translation>Read as %1</translation>
    </message>
    <message>
        <source>从截图识别：</source>
        <translation>Read from screenshot: </translation>
    </message>
    <message>
        <source>“%1”已识别为%2，以下各项尚未采用或忽略</source>
        <translation>“%1” was read as %2; these fields are still waiting to be accepted or ignored</translation>
    </message>
    <message>
        <source>采用</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>忽略</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>已填写“%1”，不替换</source>
        <translation>“%1” already entered, not replaced</translation>
    </message>
    <message>
        <source>（已填写，不替换）</source>
        <translation> (already entered, not replaced)</translation>
    </message>
    <message>
        <source>已采用</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>已忽略</source>
        <translation>Ignored</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>证据（%1 份）</source>
        <translation>Evidence (%1)</translation>
    </message>
    <message>
        <source>缺少关键证据：微信交易尚无付款记录（转账记录、红包记录、订单页面或收据）</source>
        <translation>Key evidence missing: no payment record for the WeChat transaction yet (transfer record, red-envelope record, order page or receipt)</translation>
    </message>
    <message>
        <source>添加证据…</source>
        <translation>Add Evidence…</translation>
    </message>
    <message>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>可把文件拖到这里</source>
        <translation>You can drop files here</translation>
    </message>
    <message>
        <source>打开证据</source>
        <translation>Open Evidence</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>延长调解期限</source>
        <translation>Extend the mediation limit</translation>
    </message>
    <message>
        <source>延长天数</source>
        <translation>Days added</translation>
    </message>
    <message>
        <source>规则 %1 最多延长 %2 天，已延长 %3 天</source>
        <translation>Rule set %1 allows up to %2 days; %3 days added so far</translation>
    </message>
    <message>
        <source>消费者同意延长</source>
        <translation>Consumer agrees to the extension</translation>
    </message>
    <message>
        <source>经营者同意延长</source>
        <translation>Merchant agrees to the extension</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>选择文件，或把文件拖到案件页的证据区</source>
        <translation>Choose a file, or drop files on the evidence area of the case page</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose Evidence File</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>创建管理员</source>
        <translation>Create Administrator</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请设置管理员账户，之后由管理员添加登记员、调解员和主管。</source>
        <translation type="vanished">This database is being used for the first time. Set up the administrator account; the administrator then adds intake clerks, mediators and supervisors.</translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请设置管理员账户，并勾选您还担任的角色（一人办公请全部勾选）；之后可在“管理”页添加登记员、调解员和主管。</source>
        <translation>This database is being used for the first time. Set up the administrator account and tick the other roles you hold (in a one-person office, tick them all); intake clerks, mediators and supervisors can be added later on the Administration page.</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>记录回访</source>
        <translation>Record a follow-up visit</translation>
    </message>
    <message>
        <source>回访日期</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <source>回访方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>回访结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>未保存，请改正以下问题：</source>
        <translation>Not saved; please correct the following:</translation>
    </message>
    <message>
        <source>有尚未保存的内容，确定放弃吗？</source>
        <translation>There are unsaved changes. Discard them?</translation>
    </message>
</context>
<context>
    <name>GroundDialog</name>
    <message>
        <source>修改理由</source>
        <translation>Edit ground</translation>
    </message>
    <message>
        <source>新增理由</source>
        <translation>New ground</translation>
    </message>
    <message>
        <source>（不影响期限）</source>
        <translation>(no deadline affected)</translation>
    </message>
    <message>
        <source>如：市场监管总局令第121号第二十三条</source>
        <translation>e.g. SAMR Order 121, Art. 23</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>中文名称</source>
        <translation>Chinese label</translation>
    </message>
    <message>
        <source>英文名称</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>影响的期限</source>
        <translation>Deadline affected</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>代码记录在案件中，不能修改</source>
        <translation>Cases store the code; it cannot be changed</translation>
    </message>
</context>
<context>
    <name>GroundsTab</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>影响的期限</source>
        <translation>Deadline affected</translation>
    </message>
    <message>
        <source>所在规则集</source>
        <translation>In rule sets</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>新增理由…</source>
        <translation>New ground…</translation>
    </message>
    <message>
        <source>修改所选…</source>
        <translation>Edit selected…</translation>
    </message>
    <message>
        <source>新增的理由须在“规则集”页加入规则集后才可在案件中选用；代码不能修改。</source>
        <translation>A new ground can be chosen on cases once a rule set offers it (Rule sets tab); codes cannot be changed.</translation>
    </message>
    <message>
        <source>（未使用）</source>
        <translation>(not used)</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>添加调休上班日</source>
        <translation>Add Make-up Working Day</translation>
    </message>
    <message>
        <source>添加法定节假日</source>
        <translation>Add Public Holiday</translation>
    </message>
    <message>
        <source>春节调休</source>
        <translation>Spring Festival make-up day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>星期</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>添加节假日…</source>
        <translation>Add Holiday…</translation>
    </message>
    <message>
        <source>添加调休上班日…</source>
        <translation>Add Make-up Working Day…</translation>
    </message>
    <message>
        <source>删除所选日期</source>
        <translation>Delete Selected Dates</translation>
    </message>
    <message>
        <source>从文件导入全年…</source>
        <translation>Import Whole Year from File…</translation>
    </message>
    <message>
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 年的安排已确认（来源：%2）</source>
        <translation>The %1 calendar is confirmed (source: %2)</translation>
    </message>
    <message>
        <source>%1 年的安排尚未确认：按周一至周五计算工作日，相关期限标注“日历未确认”</source>
        <translation>The %1 calendar is not confirmed yet: working days are counted Monday to Friday and the deadlines concerned are marked “calendar not confirmed”</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>已保存；%1 件在办案件的期限随之改变。</source>
        <translation>Saved; the deadlines of %1 open cases changed accordingly.</translation>
    </message>
    <message>
        <source>节假日</source>
        <translation>Holidays</translation>
    </message>
    <message>
        <source>已删除；%1 件在办案件的期限随之改变。</source>
        <translation>Deleted; the deadlines of %1 open cases changed accordingly.</translation>
    </message>
    <message>
        <source>选择节假日文件</source>
        <translation>Choose Holiday File</translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>未导入任何日期，请改正文件后重试：</source>
        <translation>No dates were imported; please correct the file and try again:</translation>
    </message>
    <message>
        <source>已导入 %1 年的 %2 个日期。</source>
        <translation>Imported %2 dates for %1.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入台账</source>
        <translation>Import Ledger</translation>
    </message>
    <message>
        <source>选择台账文件（.xlsx）</source>
        <translation>Choose a ledger file (.xlsx)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>跳过数据库中已有的案件编号</source>
        <translation>Skip case numbers already in the database</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>台账第1行为列名（顺序不限，*为必填）：%1。有任何问题时不导入任何案件。</source>
        <translation>Row 1 of the ledger holds the column names (any order, * = required): %1. If there is any problem, no case is imported.</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>选择台账</source>
        <translation>Choose Ledger</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在检查台账…</source>
        <translation>Checking the ledger…</translation>
    </message>
    <message>
        <source>正在导入台账…</source>
        <translation>Importing the ledger…</translation>
    </message>
    <message>
        <source>检查通过：%1 行，可导入 %2 件</source>
        <translation>Check passed: %1 rows, %2 cases can be imported</translation>
    </message>
    <message>
        <source>；跳过已有案件 %1 件</source>
        <translation>; %1 existing cases skipped</translation>
    </message>
    <message>
        <source>；未识别的列（将忽略）：%1</source>
        <translation>; unrecognised columns (ignored): %1</translation>
    </message>
    <message>
        <source>；不是本系统用户的调解员（不指派）：%1</source>
        <translation>; mediators who are not users of this system (not assigned): %1</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Complete</translation>
    </message>
    <message>
        <source>已导入 %1 件案件。</source>
        <translation>Imported %1 cases.</translation>
    </message>
    <message>
        <source>发现 %1 处问题，未导入任何案件。请在台账中改正后重新检查。</source>
        <translation>Found %1 problems; no case was imported. Please correct them in the ledger and check again.</translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation>Cannot Import</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <source>维权台已锁定</source>
        <translation>Weiquan Desk is locked</translation>
    </message>
    <message>
        <source>%1 已离开一段时间，请输入密码继续。</source>
        <translation>%1 has been away for a while; enter your password to continue.</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>退出维权台</source>
        <translation>Quit Weiquan Desk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>维权台</source>
        <translation>Weiquan Desk</translation>
    </message>
    <message>
        <source>仪表盘</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>案件</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation>Merchants</translation>
    </message>
    <message>
        <source>统计报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>管理</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建案件(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>咨询登记(&amp;E)…</source>
        <translation>&amp;Enquiry Log…</translation>
    </message>
    <message>
        <source>导入台账(&amp;I)…</source>
        <translation>&amp;Import ledger…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>主题(&amp;T)</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>关于维权台(&amp;A)…</source>
        <translation>&amp;About Weiquan Desk…</translation>
    </message>
    <message>
        <source>（版本未知）</source>
        <translation type="vanished">(version unknown)</translation>
    </message>
    <message>
        <source>维权台 %1</source>
        <translation>Weiquan Desk %1</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>当前用户：%1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>日志文件：%1</source>
        <translation>Log file: %1</translation>
    </message>
    <message>
        <source>关于维权台</source>
        <translation>About Weiquan Desk</translation>
    </message>
</context>
<context>
    <name>MerchantDialog</name>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>投诉金额</source>
        <translation>Amount claimed</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>将选中的相似经营者合并到本经营者…</source>
        <translation>Merge Selected Similar Merchant into This One…</translation>
    </message>
    <message>
        <source>撤销选中的合并</source>
        <translation>Undo Selected Merge</translation>
    </message>
    <message>
        <source>相似度 = 名称去除空格与标点并转小写后的 rapidfuzz WRatio 分值（0-100），达到 %1 即列出，仅供参考，不会自动合并；确认是同一经营者后由主管合并，可撤销。</source>
        <translation type="vanished">Similarity = rapidfuzz WRatio score (0-100) of the names without spaces and punctuation, in lower case; merchants scoring %1 or more are listed for reference only and never merged automatically. Once it is confirmed that they are the same merchant, a supervisor merges them; the merge can be undone.</translation>
    </message>
    <message>
        <source>相似度（0-100）说明两个名称有多像：不计空格、标点和大小写，100 为相同；达到 %1 的才列出。仅供参考，不会自动合并；确认是同一经营者后由主管合并，可撤销。</source>
        <translation>Similarity (0–100) says how alike two names are, ignoring spaces, punctuation and case; 100 means the same. Only names scoring %1 or more are listed. It is a hint: nothing is merged automatically; a supervisor merges once sure it is the same merchant, and can undo it.</translation>
    </message>
    <message>
        <source>名称相似的其他经营者</source>
        <translation>Other merchants with similar names</translation>
    </message>
    <message>
        <source>合并记录</source>
        <translation>Merges</translation>
    </message>
    <message>
        <source>经营者：%1</source>
        <translation>Merchant: %1</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>店铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>收款人</source>
        <translation>Payee</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation>Credit code</translation>
    </message>
    <message>
        <source>曾用名称与标识：</source>
        <translation>Former names and identifiers: </translation>
    </message>
    <message>
        <source>（已撤销）</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <source>第 %1 号：“%2”并入本经营者，%3 %4</source>
        <translation>No. %1: “%2” merged into this merchant by %3 on %4</translation>
    </message>
    <message>
        <source>移出黑名单…</source>
        <translation>Remove from Blacklist…</translation>
    </message>
    <message>
        <source>加入黑名单…</source>
        <translation>Add to Blacklist…</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>黑名单</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <source>投诉总数</source>
        <translation>Total complaints</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>近%1天</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <source>拒绝调解</source>
        <translation>Refused mediation</translation>
    </message>
    <message>
        <source>协议未履行</source>
        <translation>Agreement not performed</translation>
    </message>
    <message>
        <source>挽回经济损失(元)</source>
        <translation>Losses recovered (yuan)</translation>
    </message>
    <message>
        <source>首次投诉</source>
        <translation>First complaint</translation>
    </message>
    <message>
        <source>最近投诉</source>
        <translation>Latest complaint</translation>
    </message>
    <message>
        <source>%1（相似度 %2）%3</source>
        <translation>%1 (similarity %2) %3</translation>
    </message>
    <message>
        <source>未完成</source>
        <translation>Not Done</translation>
    </message>
    <message>
        <source>加入黑名单</source>
        <translation>Add to Blacklist</translation>
    </message>
    <message>
        <source>移出黑名单</source>
        <translation>Remove from Blacklist</translation>
    </message>
    <message>
        <source>理由（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>依据（必填）</source>
        <translation>Grounds (required)</translation>
    </message>
    <message>
        <source>理由（必填）：</source>
        <translation type="vanished">Reason (required):</translation>
    </message>
    <message>
        <source>合并经营者</source>
        <translation>Merge Merchants</translation>
    </message>
    <message>
        <source>请先在“名称相似的其他经营者”中选中一个</source>
        <translation>First select one under “Other merchants with similar names”</translation>
    </message>
    <message>
        <source>将“%1”并入“%2”：%3 件案件将转到“%2”名下。合并可以撤销。确定是同一经营者吗？</source>
        <translation>Merge “%1” into “%2”: %3 cases will move to “%2”. The merge can be undone. Are you sure they are the same merchant?</translation>
    </message>
    <message>
        <source>依据（必填）：</source>
        <translation type="vanished">Grounds (required):</translation>
    </message>
    <message>
        <source>撤销合并</source>
        <translation>Undo Merge</translation>
    </message>
    <message>
        <source>撤销第 %1 号合并？</source>
        <translation>Undo merge no. %1?</translation>
    </message>
</context>
<context>
    <name>MerchantPicker</name>
    <message>
        <source>查找已有经营者：名称、微信号、电话或统一社会信用代码</source>
        <translation>Find an existing merchant: name, WeChat ID, phone or USCC</translation>
    </message>
    <message>
        <source>改为新经营者</source>
        <translation>Use a New Merchant Instead</translation>
    </message>
    <message>
        <source>微信 %1</source>
        <translation>WeChat %1</translation>
    </message>
    <message>
        <source>%1 件投诉，%2 件在办</source>
        <translation>%1 complaints, %2 open</translation>
    </message>
    <message>
        <source> [黑名单]</source>
        <translation> [blacklisted]</translation>
    </message>
    <message>
        <source>已选择：%1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <source>未选择已有经营者：按下面填写的信息登记（已有相同微信号、电话或信用代码的会自动归并）</source>
        <translation>No merchant selected: the details below are registered (merged if WeChat ID, phone or credit code match)</translation>
    </message>
    <message>
        <source>该经营者在黑名单上。</source>
        <translation>This merchant is on the blacklist.</translation>
    </message>
    <message>
        <source>该经营者还有 %1 件在办投诉。</source>
        <translation>This merchant has %1 other open complaints.</translation>
    </message>
</context>
<context>
    <name>MerchantsPage</name>
    <message>
        <source>搜索经营者：名称、微信号、电话或统一社会信用代码</source>
        <translation>Search merchants: name, WeChat ID, phone or USCC</translation>
    </message>
    <message>
        <source>按近%1天投诉排序</source>
        <translation>Sort by complaints in last %1 days</translation>
    </message>
    <message>
        <source>按投诉总数排序</source>
        <translation>Sort by total complaints</translation>
    </message>
    <message>
        <source>仅黑名单</source>
        <translation>Blacklist only</translation>
    </message>
    <message>
        <source>查看经营者</source>
        <translation>View Merchant</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation type="vanished">Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation type="vanished">Next page</translation>
    </message>
    <message>
        <source>近%1天：最近%1天登记的投诉；在办：未办结且未不予受理；拒绝调解：因经营者拒绝或无故不参加调解而终止；未履行：协议未确认履行，且已办结为未履行、已终止或已过履行期限。</source>
        <translation>%1 days: complaints registered in the last %1 days; Open: not closed and not rejected; Refused: mediation terminated because the merchant refused or failed to attend without reason; Unperformed: agreement not confirmed as performed, and closed as not performed, terminated or past its performance due date.</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation>Merchant</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>近%1天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>投诉总数</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>在办</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>拒绝调解</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>未履行</source>
        <translation>Unperformed</translation>
    </message>
    <message>
        <source>黑名单</source>
        <translation>Blacklist</translation>
    </message>
    <message>
        <source>找到的经营者多于 %1 个，只列出最相符的 %1 个；请把搜索写得更具体</source>
        <translation>More than %1 merchants match; the %1 best matches are listed. Make the search more specific.</translation>
    </message>
    <message>
        <source>共 %1 个经营者</source>
        <translation>%1 merchants</translation>
    </message>
    <message>
        <source>共 %1 个经营者，已列出 %2 个（向下滚动列出更多）</source>
        <translation>%1 merchants, %2 listed (scroll down for more)</translation>
    </message>
    <message>
        <source>共 %1 个经营者，显示第 %2–%3 个</source>
        <translation type="vanished">%1 merchants, showing %2–%3</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>新建案件</source>
        <translation>New Case</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>从截图识别</source>
        <translation>Read from screenshot</translation>
    </message>
    <message>
        <source>案件已登记，但截图未能存为证据：</source>
        <translation>The case is registered, but the screenshot could not be kept as evidence: </translation>
    </message>
</context>
<context>
    <name>OfferRow</name>
    <message>
        <source>内容，如：退款并补偿运费</source>
        <translation>Content, e.g. refund plus shipping costs</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <source>添加报价</source>
        <translation>Add Offer</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>协会信息</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>协会名称</source>
        <translation>Association name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>上报的市场监督管理部门</source>
        <translation>Market supervision office reported to</translation>
    </message>
    <message>
        <source>印章文字（无印章图片时打印）</source>
        <translation>Seal text (printed when there is no seal image)</translation>
    </message>
    <message>
        <source>文书编号格式</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <source>留空为只用全国规则；如：上海市</source>
        <translation>Empty for the national rules only; else as a rule set names its region</translation>
    </message>
    <message>
        <source>与某规则集的适用地区相同时，新登记的案件先按该地方规则计算期限</source>
        <translation>When a rule set has this region, new cases follow that local rule first</translation>
    </message>
    <message>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>{year} 为年份，{n} 为当年流水号，例如 X消调〔{year}〕第{n}号</source>
        <translation>{year} is the year, {n} the running number of that year, e.g. X消调〔{year}〕第{n}号</translation>
    </message>
    <message>
        <source>选择图片…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>印章图片</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>选择印章图片</source>
        <translation>Choose Seal Image</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>未能使用该图片：</source>
        <translation>Cannot use this image:</translation>
    </message>
</context>
<context>
    <name>OfficeTab</name>
    <message>
        <source>协会名称</source>
        <translation>Association name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>上报的市场监督管理部门</source>
        <translation>Market supervision office reported to</translation>
    </message>
    <message>
        <source>印章文字</source>
        <translation>Seal text</translation>
    </message>
    <message>
        <source>文书编号格式</source>
        <translation>Document number pattern</translation>
    </message>
    <message>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>印章图片</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>修改协会信息…</source>
        <translation>Edit Association Details…</translation>
    </message>
    <message>
        <source>这些信息印在每一份文书和统计月报的标题上。</source>
        <translation>These details head every document and the monthly report&apos;s title.</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>“%1”页面尚未完成，将在后续版本提供。</source>
        <translation>The “%1” page is not finished yet; it will come in a later version.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>不予受理</source>
        <translation>Reject Case</translation>
    </message>
    <message>
        <source>不予受理情形</source>
        <translation>Grounds for rejection</translation>
    </message>
    <message>
        <source>书面理由</source>
        <translation>Written reasons</translation>
    </message>
    <message>
        <source>以个人之间私下交易不予受理的，须作出经营者身份认定</source>
        <translation>Rejecting as a private deal between individuals needs the operator-status assessment</translation>
    </message>
    <message>
        <source>经营者身份认定</source>
        <translation>Operator status</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>告知投诉人日期</source>
        <translation>Complainant told on</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>重新调解</source>
        <translation>Reopen Mediation</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>统计报表</source>
        <translation type="vanished">Reports</translation>
    </message>
    <message>
        <source>不脱敏（含完整个人信息，需主管权限，记入审计日志）</source>
        <translation>Not anonymised (full personal data; supervisor only; recorded in the audit log)</translation>
    </message>
    <message>
        <source>报送监管部门版：“经营者”表列出经营者名称、店铺、统一社会信用代码和微信号全文（消费者仍脱敏，记入审计日志）</source>
        <translation>For the regulator: the merchants sheet shows names, shops, USCC and WeChat IDs in full (consumers stay masked; audited)</translation>
    </message>
    <message>
        <source>导出月报…</source>
        <translation>Export Monthly Report…</translation>
    </message>
    <message>
        <source>受委托调解结果…</source>
        <translation>Entrusted results…</translation>
    </message>
    <message>
        <source>受市场监督管理部门委托调解的案件结果，报送委托单位</source>
        <translation>Results of cases entrusted by a market supervision office, to report back to it</translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation>Import Ledger…</translation>
    </message>
    <message>
        <source>统计月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>统计月报</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>正在计算 %1 的统计数字…</source>
        <translation>Calculating the figures for %1…</translation>
    </message>
    <message>
        <source>%1：以上数字即导出的“汇总”表；口径见导出文件的“说明”表。</source>
        <translation>%1: these figures are the export&apos;s summary sheet; the definitions are in its notes sheet.</translation>
    </message>
    <message>
        <source>无法计算：%1</source>
        <translation>Cannot calculate: %1</translation>
    </message>
    <message>
        <source>导出月报</source>
        <translation>Export Monthly Report</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出 %1 月报…</source>
        <translation>Exporting the %1 monthly report…</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export Complete</translation>
    </message>
    <message>
        <source>已导出 %1 月报（明细 %2 件）。
是否打开所在文件夹？</source>
        <translation>Exported the %1 monthly report (%2 cases in detail).
Open the folder?</translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>已导出受委托调解结果 %1 件：%2</source>
        <translation>Exported the results of %1 entrusted cases: %2</translation>
    </message>
</context>
<context>
    <name>RespondentDialog</name>
    <message>
        <source>添加被投诉人</source>
        <translation>Add respondent</translation>
    </message>
    <message>
        <source>被投诉人身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>如：某电商平台、品牌方公司名称</source>
        <translation>e.g. an e-commerce platform, the brand owner&apos;s company</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>USCC</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>如：平台不能提供销售者的真实名称、地址和有效联系方式</source>
        <translation>e.g. the platform cannot give the seller&apos;s real name, address and contact</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>恢复调解</source>
        <translation>Resume Mediation</translation>
    </message>
    <message>
        <source>恢复日期</source>
        <translation>Resumed on</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>修改角色：%1</source>
        <translation>Change Roles: %1</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <source>新增规则集</source>
        <translation>New Rule Set</translation>
    </message>
    <message>
        <source>留空为全国；如：上海市</source>
        <translation>Empty for national; else the region as offices name it</translation>
    </message>
    <message>
        <source>沿用 %1 的不予受理理由 %2 项、终止调解理由 %3 项；保存后可在“所选规则集的理由…”中调整</source>
        <translation>Carries over the %2 rejection and %3 termination grounds of %1; adjust them after saving with “Grounds of the selected rule set…”</translation>
    </message>
    <message>
        <source>依据的文件及出处</source>
        <translation>Sources and where they were read</translation>
    </message>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>适用地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation>Acceptance due</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation limit</translation>
    </message>
    <message>
        <source>终止告知期限</source>
        <translation>Termination notice limit</translation>
    </message>
    <message>
        <source>履行回访期限</source>
        <translation>Performance follow-up</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Grounds</translation>
    </message>
    <message>
        <source>依据</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>受理期限（天）</source>
        <translation type="vanished">Acceptance limit (days)</translation>
    </message>
    <message>
        <source>调解期限（天）</source>
        <translation type="vanished">Mediation limit (days)</translation>
    </message>
    <message>
        <source>终止告知期限（天）</source>
        <translation type="vanished">Termination notice limit (days)</translation>
    </message>
    <message>
        <source>可延长（天，须双方同意）</source>
        <translation>Extension (days, both parties must agree)</translation>
    </message>
    <message>
        <source>计日方式</source>
        <translation type="vanished">Day counting</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation type="vanished">Grounds for rejection</translation>
    </message>
    <message>
        <source>终止调解理由</source>
        <translation type="vanished">Grounds for termination</translation>
    </message>
    <message>
        <source>中止原因</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <source>暂停计时的中止原因</source>
        <translation>Reasons that pause the clock</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>RuleSetGroundsDialog</name>
    <message>
        <source>规则集 %1 的理由</source>
        <translation>Grounds of rule set %1</translation>
    </message>
    <message>
        <source>只改变可选的理由；期限不变，已登记案件的期限不受影响。</source>
        <translation>Only the grounds offered change; the limits stay, and no registered case&apos;s deadline moves.</translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation>Grounds for rejection</translation>
    </message>
    <message>
        <source>终止调解理由</source>
        <translation>Grounds for termination</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <source>调解</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation>Termination notice</translation>
    </message>
    <message>
        <source>可延长</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>所选规则集的理由…</source>
        <translation>Grounds of the selected rule set…</translation>
    </message>
    <message>
        <source>规则集的期限不能修改：已登记的案件继续按原规则计算期限；可选的理由可以调整。</source>
        <translation>A rule set&apos;s limits cannot be changed: registered cases keep their deadlines; the grounds offered can be adjusted.</translation>
    </message>
    <message>
        <source>全国</source>
        <translation>National</translation>
    </message>
    <message>
        <source>计日方式</source>
        <translation type="vanished">Day counting</translation>
    </message>
    <message>
        <source>名称与说明</source>
        <translation>Name and notes</translation>
    </message>
    <message>
        <source>新增规则集…</source>
        <translation>New Rule Set…</translation>
    </message>
    <message>
        <source>已有的规则集不能修改：已登记的案件继续按原规则计算期限。</source>
        <translation type="vanished">Existing rule sets cannot be changed: registered cases keep counting their deadlines by their original rules.</translation>
    </message>
</context>
<context>
    <name>ScreenshotReader</name>
    <message>
        <source>从截图识别…</source>
        <translation>Read from screenshot…</translation>
    </message>
    <message>
        <source>读取转账、红包或账单截图，填入尚未填写的交易信息</source>
        <translation>Read a transfer, red-envelope or bill screenshot and fill in the transaction fields still empty</translation>
    </message>
    <message>
        <source>选择付款截图</source>
        <translation>Choose a payment screenshot</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>从截图识别</source>
        <translation>Read from screenshot</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>记录调解</source>
        <translation>Log Mediation Session</translation>
    </message>
    <message>
        <source>调解时间</source>
        <translation>Mediation time</translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>如：消费者张三、经营者李四、调解员</source>
        <translation>e.g. consumer Zhang San, merchant Li Si, the mediator</translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>调解经过</source>
        <translation>Course of the session</translation>
    </message>
    <message>
        <source>报价与还价</source>
        <translation>Offers and counter-offers</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>设置密码：%1</source>
        <translation>Set Password: %1</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录维权台</source>
        <translation>Sign In to Weiquan Desk</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign In</translation>
    </message>
    <message>
        <source>请等待 %1 秒</source>
        <translation>Please wait %1 s</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>开始调解</source>
        <translation>Start Mediation</translation>
    </message>
    <message>
        <source>尚未指派（请主管先指派调解员）</source>
        <translation>Not assigned yet (a supervisor must assign a mediator first)</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>消费者同意调解</source>
        <translation>Consumer agrees to mediation</translation>
    </message>
    <message>
        <source>经营者同意调解</source>
        <translation>Merchant agrees to mediation</translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>中止调解</source>
        <translation>Suspend Mediation</translation>
    </message>
    <message>
        <source>中止原因</source>
        <translation>Reason for suspension</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>中止日期</source>
        <translation>Suspended on</translation>
    </message>
    <message>
        <source>中止期间不计入调解期限</source>
        <translation>Days suspended are not counted in the mediation limit</translation>
    </message>
    <message>
        <source>此原因没有法定的停止计时依据：调解期限照常计算</source>
        <translation>No legal basis to stop the clock for this reason: the mediation limit keeps running</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TerminateDialog</name>
    <message>
        <source>终止调解</source>
        <translation>Terminate Mediation</translation>
    </message>
    <message>
        <source>终止理由</source>
        <translation>Termination ground</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>终止日期</source>
        <translation>Terminated on</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>移送/转交</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>办结结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>如：某区市场监督管理局</source>
        <translation>e.g. a district market supervision bureau</translation>
    </message>
    <message>
        <source>接收单位</source>
        <translation>Receiving body</translation>
    </message>
    <message>
        <source>移送日期</source>
        <translation>Transfer date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>登录名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>角色</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>连续输错</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation>Add User…</translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation>Change Roles…</translation>
    </message>
    <message>
        <source>设置密码…</source>
        <translation>Set Password…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>恢复使用</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation>Lock automatically when idle for:</translation>
    </message>
    <message>
        <source>（各电脑下次登录时生效）</source>
        <translation>(takes effect on each computer at the next sign-in)</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>已设置</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>未设置</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>停用 %1 后，该用户不能再登录；其姓名和办理记录保留。确定停用吗？</source>
        <translation>Once %1 is deactivated, the user can no longer sign in; their name and case records are kept. Deactivate?</translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation>Deactivate User</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>自动锁定</source>
        <translation>Automatic Lock</translation>
    </message>
</context>
<context>
    <name>ValidatedFields</name>
    <message>
        <source>手机、座机或400电话</source>
        <translation>Mobile, landline or 400 number</translation>
    </message>
    <message>
        <source>18位，选填</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>微信号</source>
        <translation>WeChat ID</translation>
    </message>
</context>
<context>
    <name>ValidatedLineEdit</name>
    <message>
        <source>不能为空</source>
        <translation>Required</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>撤回投诉</source>
        <translation>Complaint withdrawn</translation>
    </message>
    <message>
        <source>撤回日期</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>_QuietDialog</name>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>保留我的</source>
        <translation type="vanished">Keep mine</translation>
    </message>
    <message>
        <source>采用对方的</source>
        <translation type="vanished">Take theirs</translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="vanished">Combine</translation>
    </message>
    <message>
        <source>YYYY-MM-DD（告知后填写）</source>
        <translation type="vanished">YYYY-MM-DD (once told)</translation>
    </message>
</context>
<context>
    <name>refusals</name>
    <message>
        <source>需要“%1”的权限（%2）</source>
        <translation>Needs the right to %1 (held by: %2)</translation>
    </message>
    <message>
        <source>此案件未指派给您</source>
        <translation>This case is not assigned to you</translation>
    </message>
    <message>
        <source>案件当前的状态不允许此操作</source>
        <translation>The case&apos;s current state does not allow this</translation>
    </message>
</context>
</TS>
