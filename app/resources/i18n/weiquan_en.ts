<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已授权）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款人 </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当事人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>消费者</source>
        <translation type="unfinished">Consumer</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者标识</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺或小程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交易</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交易日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation type="unfinished">Nature</translation>
    </message>
    <message>
        <source>商品或服务类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者身份认定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished">Mediator</translation>
    </message>
    <message>
        <source>双方同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止 / 告知日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理与调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退款 / 赔偿 / 惩罚性赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished">Performance due</translation>
    </message>
    <message>
        <source>回访确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际到账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中惩罚性赔偿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付款方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议与办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解记录（%1 次）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚无调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>历史</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已办理登记（有营业执照或统一社会信用代码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>以营利为目的持续销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>为品牌或厂家代理销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经常在朋友圈或群内发布商品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有网店、店铺或小程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已知购买人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认定结论</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>认定理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>添加用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户第一次登录时须改用自己的密码。</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库与备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户、节假日由管理员维护；此处只能查看规则集。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreeDialog</name>
    <message>
        <source>达成协议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退款(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>赔偿(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>惩罚性赔偿(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished">Performance due</translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已记录 %1 次调解</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignMediatorDialog</name>
    <message>
        <source>指派调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished">Mediator</translation>
    </message>
    <message>
        <source>请选择调解员</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>已提交授权委托书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信交易：登记后请在案件页添加转账或红包记录等付款凭证，这是关键证据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12315编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation type="unfinished">Consumer</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺或小程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交易</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>购买渠道</source>
        <translation type="unfinished">Channel</translation>
    </message>
    <message>
        <source>支付方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>交易日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>订单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>涉及金额(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation type="unfinished">Nature</translation>
    </message>
    <message>
        <source>商品或服务类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉事实</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>诉求说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>案件 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该经营者在黑名单上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation type="unfinished">Mediation limit</translation>
    </message>
    <message>
        <source>告知期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation type="unfinished">Performance due</translation>
    </message>
    <message>
        <source>（已中止，暂停计算）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已超期 %1 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（剩 %1 个工作日）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无进行中的期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指派调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>制作文书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改案件信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加证据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>案件编号</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Received</translation>
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
        <source>购买渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>问题性质</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>调解员</source>
        <translation>Mediator</translation>
    </message>
    <message>
        <source>下一期限</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation>Days left</translation>
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
        <source>受理决定</source>
        <translation>Acceptance decision</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation>Mediation limit</translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation>Termination notice</translation>
    </message>
    <message>
        <source>履行期限</source>
        <translation>Performance due</translation>
    </message>
</context>
<context>
    <name>CaseWindows</name>
    <message>
        <source>打开案件</source>
        <translation type="unfinished"></translation>
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
        <source>%1 / %2 件</source>
        <translation>%1 of %2 cases</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码由管理员设置，请先设置您自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认新密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>办结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已回访确认协议已履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>告知双方日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>实际到账(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其中惩罚性赔偿(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>付款方</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>办结日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeInputs</name>
    <message>
        <source>（请选择）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>案件已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按所选保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>他人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案件 {no} 在您打开后已被 {who}{when} 修改。请逐项选择要保存的内容；标红的字段双方都改了。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>对方保存的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>我的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存哪个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法连接数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>又有新的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在您选择期间案件又被修改，请按最新内容再确认一次。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <source>维权台已锁定</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>上月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>环比(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>去年同月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同比(%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 的数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近24个月受理与解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本月受理投诉的问题性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信渠道占比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>其他渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近90天投诉最多的经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPanel</name>
    <message>
        <source>本机使用的数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>当前：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据库地址：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>测试连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>本机改用此数据库（下次启动生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份（全办公室共用的设置）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>留空则不自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份文件夹：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>每天第一台关闭维权台的电脑写一份备份，保留最近 14 份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请填写数据库地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在连接…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存。下次启动维权台时本机将使用此数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择自动备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未能保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动备份文件夹已保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>维权台备份 (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已备份 {n} 件案件到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备份未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法保存：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>制作文书 · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>例如：本会调解室</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuePage</name>
    <message>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>剩余工作日</source>
        <translation type="unfinished">Working days left</translation>
    </message>
    <message>
        <source>案件编号</source>
        <translation type="unfinished">Case no.</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>期限</source>
        <translation type="unfinished">Deadline</translation>
    </message>
    <message>
        <source>待办事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>消费者</source>
        <translation type="unfinished">Consumer</translation>
    </message>
    <message>
        <source>经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished">Mediator</translation>
    </message>
    <message>
        <source>受理决定</source>
        <translation type="unfinished">Acceptance decision</translation>
    </message>
    <message>
        <source>调解期限</source>
        <translation type="unfinished">Mediation limit</translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation type="unfinished">Termination notice</translation>
    </message>
    <message>
        <source>协议履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>截止日期在 %1 个工作日内或已超期的案件：%2 件，其中超期 %3 件（按截止日期排序，回车打开案件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>超期 %1 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未指派</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>修改案件 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>添加证据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>证据类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请选择文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>证据（%1 份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缺少关键证据：微信交易尚无付款记录（转账记录、红包记录、订单页面或收据）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加证据…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可把文件拖到这里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开证据</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileChooser</name>
    <message>
        <source>选择文件，或把文件拖到案件页的证据区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>创建管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是第一次使用此数据库。请设置管理员账户，之后由管理员添加登记员、调解员和主管。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>未保存，请改正以下问题：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>有尚未保存的内容，确定放弃吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <source>添加调休上班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加法定节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>春节调休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加节假日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加调休上班日…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除所选日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>从文件导入全年…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年的安排已确认（来源：%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 年的安排尚未确认：按周一至周五计算工作日，相关期限标注“日历未确认”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>放假</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已保存；%1 件在办案件的期限随之改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>节假日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已删除；%1 件在办案件的期限随之改变。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择节假日文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>表格文件 (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未导入任何日期，请改正文件后重试：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 %1 年的 %2 个日期。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择台账文件（.xlsx）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>跳过数据库中已有的案件编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>台账第1行为列名（顺序不限，*为必填）：%1。有任何问题时不导入任何案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择台账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在检查台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>检查通过：%1 行，可导入 %2 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；跳过已有案件 %1 件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；未识别的列（将忽略）：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>；不是本系统用户的调解员（不指派）：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导入 %1 件案件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>发现 %1 处问题，未导入任何案件。请在台账中改正后重新检查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法导入</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <source>维权台已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 已离开一段时间，请输入密码继续。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>解锁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出维权台</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>MerchantDialog</name>
    <message>
        <source>案件编号</source>
        <translation type="unfinished">Case no.</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation type="unfinished">Received</translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>消费者</source>
        <translation type="unfinished">Consumer</translation>
    </message>
    <message>
        <source>投诉金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将选中的相似经营者合并到本经营者…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销选中的合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>相似度 = 名称去除空格与标点并转小写后的 rapidfuzz WRatio 分值（0-100），达到 %1 即列出，仅供参考，不会自动合并；确认是同一经营者后由主管合并，可撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称相似的其他经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>店铺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>收款人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>曾用名称与标识：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（已撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>第 %1 号：“%2”并入本经营者，%3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移出黑名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入黑名单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近%1天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协议未履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>挽回经济损失(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>首次投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>最近投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1（相似度 %2）%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>加入黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>移出黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请先在“名称相似的其他经营者”中选中一个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>将“%1”并入“%2”：%3 件案件将转到“%2”名下。合并可以撤销。确定是同一经营者吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>依据（必填）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>撤销第 %1 号合并？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantPicker</name>
    <message>
        <source>查找已有经营者：名称、微信号、电话或统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>改为新经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 件投诉，%2 件在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [黑名单]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已选择：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未选择已有经营者：按下面填写的信息登记（已有相同微信号、电话或信用代码的会自动归并）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该经营者在黑名单上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>该经营者还有 %1 件在办投诉。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MerchantsPage</name>
    <message>
        <source>搜索经营者：名称、微信号、电话或统一社会信用代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按近%1天投诉排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按投诉总数排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>仅黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查看经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近%1天：最近%1天登记的投诉；在办：未办结且未不予受理；拒绝调解：因经营者拒绝或无故不参加调解而终止；未履行：协议未确认履行，且已办结为未履行、已终止或已过履行期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>微信号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>近%1天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投诉总数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>拒绝调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未履行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>黑名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>共 %1 个经营者</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>新建案件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferRow</name>
    <message>
        <source>内容，如：退款并补偿运费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>删除</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <source>添加报价</source>
        <translation type="unfinished"></translation>
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
    <name>RejectDialog</name>
    <message>
        <source>不予受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理情形</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>书面理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>重新调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>日期</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出月报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导入台账…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统计月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在计算 %1 的统计数字…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1：以上数字即导出的“汇总”表；口径见导出文件的“说明”表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无法计算：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出月报</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>正在导出 %1 月报…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已导出 %1 月报（明细 %2 件）。
是否打开所在文件夹？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>恢复调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>修改角色：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <source>新增规则集</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止告知期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>可延长（天，须双方同意）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计日方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>不予受理理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止调解理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <source>代码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>生效日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>受理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止告知</source>
        <translation type="unfinished">Termination notice</translation>
    </message>
    <message>
        <source>可延长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计日方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>名称与说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新增规则集…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已有的规则集不能修改：已登记的案件继续按原规则计算期限。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>记录调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>如：消费者张三、经营者李四、调解员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>参加人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解经过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报价与还价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>设置密码：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>登录维权台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>请等待 %1 秒</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <source>开始调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>尚未指派（请主管先指派调解员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>调解员</source>
        <translation type="unfinished">Mediator</translation>
    </message>
    <message>
        <source>消费者同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>经营者同意调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开始日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuspendDialog</name>
    <message>
        <source>中止调解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中止原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中止日期</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止理由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>终止日期</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>状态</source>
        <translation type="unfinished">State</translation>
    </message>
    <message>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连续输错</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>添加用户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>修改角色…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>设置密码…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>恢复使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>无操作自动锁定：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>（各电脑下次登录时生效）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>已设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>未设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用 %1 后，该用户不能再登录；其姓名和办理记录保留。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidatedLineEdit</name>
    <message>
        <source>不能为空</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_QuietDialog</name>
    <message>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>保留我的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>采用对方的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
