<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Database</source>
        <comment>Embedded database (default)</comment>
        <translation type="vanished">内置数据库（默认）</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>Embedded database file</comment>
        <translation type="vanished">内置数据库文件</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>PostgreSQL server</comment>
        <translation type="vanished">PostgreSQL服务器</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>SQL Server</comment>
        <translation type="vanished">SQL Server</translation>
    </message>
    <message>
        <source>Database</source>
        <comment>Database</comment>
        <translation type="vanished">数据库</translation>
    </message>
</context>
<context>
    <name>AccountRequestDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="91"/>
        <source>Request an account</source>
        <translation>申请账号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="93"/>
        <source>An administrator will check your request and choose your station, position and roles.</source>
        <translation>管理员审核您的申请后，将为您分配站点、岗位和角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="96"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="97"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="98"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="99"/>
        <source>Repeat password</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="100"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="101"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/account_request_dialog.py" line="102"/>
        <source>Department / note</source>
        <translation>部门/备注</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="73"/>
        <source>&amp;Company information…</source>
        <translation>公司信息(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="74"/>
        <source>&amp;Departments and positions…</source>
        <translation>部门和岗位(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="75"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="76"/>
        <source>&amp;Roles and permissions…</source>
        <translation>角色和权限(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="77"/>
        <source>S&amp;haring…</source>
        <translation>共享设置(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="78"/>
        <source>&amp;Account requests…</source>
        <translation>账号申请(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="79"/>
        <source>&amp;Operation log…</source>
        <translation>操作日志(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="80"/>
        <source>&amp;Login log…</source>
        <translation>登录日志(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="81"/>
        <source>O&amp;nline users…</source>
        <translation>在线用户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="82"/>
        <source>N&amp;umbering rules…</source>
        <translation>编号规则(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/menu.py" line="83"/>
        <source>&amp;Forms and lists…</source>
        <translation>表单和列表(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>AnnouncementDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="100"/>
        <source>New announcement</source>
        <translation>新建公告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="101"/>
        <source>To *</source>
        <translation>发送对象 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="102"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="102"/>
        <source>A department</source>
        <translation>指定部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="102"/>
        <source>A station</source>
        <translation>指定站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="104"/>
        <source>Which</source>
        <translation>具体对象</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="105"/>
        <source>Subject *</source>
        <translation>主题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="106"/>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/announcement_dialog.py" line="107"/>
        <source>Announce</source>
        <translation>发布</translation>
    </message>
</context>
<context>
    <name>BusinessLogTab</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="167"/>
        <source>Written {time}</source>
        <translation>记录时间：{time}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="195"/>
        <source>Search titles and content</source>
        <translation>搜索标题和内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="196"/>
        <source>Add entry…</source>
        <translation>新建日志…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="197"/>
        <source>My log</source>
        <translation>我的日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="198"/>
        <source>My team&apos;s logs</source>
        <translation>团队日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="199"/>
        <source>Any date</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="199"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="199"/>
        <source>Last 7 days</source>
        <translation>最近7天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="199"/>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="200"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="203"/>
        <source>Select an entry to read it.</source>
        <translation>选择一条日志以查看内容。</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="179"/>
        <source>{year}-{month:02d}</source>
        <translation>{year}年{month:02d}月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="227"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="228"/>
        <source>{title}
Due {due} · {who}
Open the task manager to work on it.</source>
        <translation>{title}
截止日期：{due} · {who}
请在任务管理器中处理该任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="287"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="288"/>
        <source>Previous</source>
        <translation>向前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="289"/>
        <source>Next</source>
        <translation>向后</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="290"/>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="290"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="290"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="292"/>
        <source>My calendar</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="293"/>
        <source>My team&apos;s</source>
        <translation>团队日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="294"/>
        <source>New event…</source>
        <translation>新建日程…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="295"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="297"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/page.py" line="298"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="10"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="11"/>
        <location filename="../../crm_desktop/services/catalog.py" line="62"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="12"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="13"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="14"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="15"/>
        <source>Business log</source>
        <translation>事务日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="16"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="17"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="18"/>
        <location filename="../../crm_desktop/services/catalog.py" line="64"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="19"/>
        <location filename="../../crm_desktop/services/catalog.py" line="65"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="20"/>
        <source>Forecast and quota</source>
        <translation>销售预期与配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="21"/>
        <location filename="../../crm_desktop/services/catalog.py" line="66"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="22"/>
        <location filename="../../crm_desktop/services/catalog.py" line="67"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="23"/>
        <location filename="../../crm_desktop/services/catalog.py" line="63"/>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="24"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="28"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="29"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="30"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="31"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="32"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="33"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="34"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="35"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="36"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="41"/>
        <source>Own records</source>
        <translation>本人记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="42"/>
        <source>Own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="43"/>
        <source>Department and sub-departments</source>
        <translation>本部门及下级部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="44"/>
        <source>Positions below mine</source>
        <translation>下级岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="45"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="57"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="58"/>
        <source>Everyone may read</source>
        <translation>所有人可读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="59"/>
        <source>Everyone may read and edit</source>
        <translation>所有人可读写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/competitors.py" line="25"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/competitors.py" line="26"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/competitors.py" line="27"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>ChainDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="147"/>
        <source>Step %1: </source>
        <translation>第%1步：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="159"/>
        <source>Contract approval chain</source>
        <translation>合同审批流程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="160"/>
        <source>A submitted contract passes these steps in order; each step&apos;s approver is notified in turn. Contracts already in approval keep their chain.</source>
        <translation>提交的合同按顺序经过以下各步骤，并依次通知各步骤的审批人。已在审批中的合同仍按原流程审批。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="163"/>
        <source>Step name</source>
        <translation>步骤名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="163"/>
        <source>Approved by</source>
        <translation>审批人类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="163"/>
        <source>Role or person</source>
        <translation>角色或人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="165"/>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="166"/>
        <source>Remove step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="167"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/chain_dialog.py" line="168"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/change_password_dialog.py" line="67"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/change_password_dialog.py" line="68"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/change_password_dialog.py" line="69"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/change_password_dialog.py" line="70"/>
        <source>Repeat new password</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/change_password_dialog.py" line="71"/>
        <source>A password has at least 8 characters.</source>
        <translation>密码至少需要8个字符。</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <location filename="../../crm_desktop/ui/widgets/code_combo.py" line="170"/>
        <source>(unavailable entry {id})</source>
        <translation>（条目{id}已不可用）</translation>
    </message>
</context>
<context>
    <name>CommentBox</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_comments.py" line="56"/>
        <source>Review this task as the superior…</source>
        <translation>以上级身份审阅此任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_comments.py" line="57"/>
        <source>Review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_comments.py" line="59"/>
        <source>Add a comment…</source>
        <translation>添加评论…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_comments.py" line="60"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/company_dialog.py" line="49"/>
        <source>Company information</source>
        <translation>公司信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/company_dialog.py" line="50"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/company_dialog.py" line="51"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/company_dialog.py" line="52"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/company_dialog.py" line="53"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
</context>
<context>
    <name>CompetitorDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="147"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="149"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="150"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="151"/>
        <source>Threat level</source>
        <translation>威胁程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="152"/>
        <source>Strengths</source>
        <translation>优势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="153"/>
        <source>Weaknesses</source>
        <translation>劣势</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="154"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="160"/>
        <source>Deals competed in</source>
        <translation>参与竞争的商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="162"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="162"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="162"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="162"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CompetitorsView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="239"/>
        <source>Delete competitor</source>
        <translation>删除竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="239"/>
        <source>Delete “{name}”?</source>
        <translation>确定删除“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="255"/>
        <source>New competitor</source>
        <translation>新建竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="256"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="257"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="260"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="261"/>
        <source>Threat level</source>
        <translation>威胁程度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="262"/>
        <source>Deals</source>
        <translation>商机数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="263"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/competitors_view.py" line="264"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
</context>
<context>
    <name>ConditionValue</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/condition_value.py" line="276"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/condition_value.py" line="277"/>
        <source>(no value needed)</source>
        <translation>（无需填写值）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/condition_value.py" line="278"/>
        <source>Numbers, comma-separated</source>
        <translation>数字，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/condition_value.py" line="279"/>
        <source>Several: separate with commas</source>
        <translation>多个值：用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/condition_value.py" line="283"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ConditionsEditor</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="157"/>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="158"/>
        <source>does not equal</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="159"/>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="160"/>
        <source>is none of</source>
        <translation>不属于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="161"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="162"/>
        <source>is filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="163"/>
        <source>is greater than</source>
        <translation>大于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="164"/>
        <source>is less than</source>
        <translation>小于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="174"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="174"/>
        <source>Test</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="174"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="175"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/conditions_editor.py" line="176"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="125"/>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="125"/>
        <source>SQLite databases (*.sqlite3 *.db)</source>
        <translation>SQLite数据库 (*.sqlite3 *.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="154"/>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="157"/>
        <source>All workstations of an office share one database. A single computer can use the embedded database file; an office uses a PostgreSQL or SQL Server server.</source>
        <translation>同一办公室的所有工作站共用一个数据库。单机使用时可选内置数据库文件；多台电脑共用时请使用PostgreSQL或SQL Server数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="161"/>
        <source>Database type</source>
        <translation>数据库类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="163"/>
        <source>Embedded database file (SQLite)</source>
        <translation>内置数据库文件（SQLite）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="163"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="164"/>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="164"/>
        <source>Connection URL</source>
        <translation>连接地址（URL）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="167"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="168"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="169"/>
        <source>Use the default database file</source>
        <translation>使用默认数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="171"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="171"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="171"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="172"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="172"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="172"/>
        <source>ODBC driver</source>
        <translation>ODBC驱动程序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/connection_dialog.py" line="177"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="155"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="155"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="vanished">性别</translation>
    </message>
    <message>
        <source>Form of address</source>
        <translation type="vanished">称谓</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="vanished">职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="vanished">手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">电子邮箱</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="vanished">生日</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="vanished">主联系人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="vanished">未填写</translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="vanished">男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="vanished">女</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
    <message>
        <source>No birthday</source>
        <translation type="vanished">未填写</translation>
    </message>
    <message>
        <source>This is the main person to contact</source>
        <translation type="vanished">设为该客户的主联系人</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="131"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="134"/>
        <source>contacts_{day}.xlsx</source>
        <translation>联系人_{day}.xlsx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="146"/>
        <source>{rows} contacts exported to {path}.</source>
        <translation>已导出 {rows} 位联系人到 {path}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="149"/>
        <source>Export contacts…</source>
        <translation>导出联系人…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="151"/>
        <source>Export the contacts of the customers listed (with the current filters) to Excel</source>
        <translation>将列表中客户（按当前筛选条件）的联系人导出到 Excel</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="137"/>
        <source>Attach a PDF</source>
        <translation>添加PDF附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="137"/>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="158"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="158"/>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="180"/>
        <source>Contract %1</source>
        <translation>合同%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="181"/>
        <source>, from quote %1</source>
        <translation>，来自报价单%1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="182"/>
        <source>%1 · %2 · state: %3</source>
        <translation>%1 · %2 · 状态：%3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="185"/>
        <source>Returned: %1</source>
        <translation>退回原因：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">标题</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="vanished">金额</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation type="vanished">开始日期</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="vanished">结束日期</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="vanished">合同条款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="188"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="189"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="189"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="189"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="189"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="190"/>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="190"/>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="191"/>
        <source>PDF attachments (at most 10 MB each)</source>
        <translation>PDF附件（每个最大10 MB）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="192"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="192"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="192"/>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="193"/>
        <source>Attach PDF…</source>
        <translation>添加PDF…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="194"/>
        <source>Save to disk…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/contract_dialog.py" line="195"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="23"/>
        <source>Department manager</source>
        <translation>部门主管</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="24"/>
        <source>Anyone with a role</source>
        <translation>指定角色的任何人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="25"/>
        <source>A specific person</source>
        <translation>指定人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="50"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="51"/>
        <source>In approval</source>
        <translation>审批中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="52"/>
        <source>Signed</source>
        <translation>已签订</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="55"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="56"/>
        <source>Its turn</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="57"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="58"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="59"/>
        <source>Not reached</source>
        <translation>未执行</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="172"/>
        <source>Awaiting my approval (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="206"/>
        <source>Comment (optional)</source>
        <translation>审批意见（选填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="206"/>
        <source>Why is it rejected?</source>
        <translation>拒绝原因：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="207"/>
        <source>Approve contract</source>
        <translation>批准合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="207"/>
        <source>Reject contract</source>
        <translation>拒绝合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="220"/>
        <source>Delete contract %1?</source>
        <translation>确定删除合同%1吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="221"/>
        <source>Delete contract</source>
        <translation>删除合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="235"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="238"/>
        <source>Number, title or customer</source>
        <translation>编号、标题或客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="239"/>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="246"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="239"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="239"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="240"/>
        <source>Approval chain…</source>
        <translation>审批流程…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="240"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="241"/>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="244"/>
        <source>More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="247"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="248"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="131"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="132"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="133"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="134"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="135"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="136"/>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="137"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="138"/>
        <source>Signed</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="216"/>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="253"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/contracts/page.py" line="254"/>
        <source>Awaiting my approval</source>
        <translation>待我审批</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="220"/>
        <source>The lead goes to the existing customer {name}.</source>
        <translation>该线索将归入现有客户{name}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="225"/>
        <source>Convert lead: {company}</source>
        <translation>转换线索：{company}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="227"/>
        <source>Customer name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="228"/>
        <source>Customer phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="229"/>
        <source>Customer mobile</source>
        <translation>客户手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="230"/>
        <source>Customer e-mail</source>
        <translation>客户电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="231"/>
        <source>Customer address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="232"/>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="233"/>
        <source>Contact job title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="234"/>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="235"/>
        <source>Contact e-mail</source>
        <translation>联系人电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="236"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="237"/>
        <source>Expected amount</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="238"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="243"/>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="244"/>
        <source>Convert</source>
        <translation>转换</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="214"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="215"/>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>该客户有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="345"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="346"/>
        <source>Fill in the fields and press Save.</source>
        <translation>请填写各项信息，然后单击“保存”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="348"/>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="349"/>
        <source>Choose a customer in the list, or press New to enter one.</source>
        <translation>请在列表中选择客户，或单击“新建”录入新客户。</translation>
    </message>
    <message>
        <source>Public pool</source>
        <translation type="vanished">公海</translation>
    </message>
    <message>
        <source>Type: {type}    Grade: {grade}    Owner: {owner}</source>
        <translation type="vanished">客户类型：{type}    客户等级：{grade}    负责人：{owner}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="355"/>
        <source>Type: {type}    Grade: {grade}    Owner: {owner}    {pool}</source>
        <translation>客户类型：{type}    客户等级：{grade}    负责人：{owner}    {pool}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="359"/>
        <source>In the public pool</source>
        <translation>在公海中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="359"/>
        <source>Owned (not in the pool)</source>
        <translation>已有负责人（不在公海）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="366"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="372"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="374"/>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="375"/>
        <source>Contact history ({count})</source>
        <translation>联系记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="377"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="378"/>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="389"/>
        <source>Save the customer first.</source>
        <translation>请先保存客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="461"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="462"/>
        <source>Delete the customer “{name}”? It moves to the recycle bin.</source>
        <translation>确定删除客户“{name}”吗？删除后将移入回收站。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="491"/>
        <source>Record information</source>
        <translation>记录信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="493"/>
        <source>Customer: {name}
Created: {created}
Last changed: {updated}
Version: {version}</source>
        <translation>客户：{name}
创建时间：{created}
最后修改：{updated}
版本：{version}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="528"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="529"/>
        <source>Delete the contact “{name}”?</source>
        <translation>确定删除联系人“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="566"/>
        <source>Reload this customer from the database</source>
        <translation>从数据库重新加载该客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="567"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="568"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="569"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="570"/>
        <source>Add record…</source>
        <translation>添加联系记录…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="573"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="574"/>
        <source>Address as</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="575"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="576"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="577"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="578"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="579"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="580"/>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="585"/>
        <source>When</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="586"/>
        <source>Kind</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="587"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="588"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="589"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="590"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="591"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
</context>
<context>
    <name>CustomerExporter</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="106"/>
        <source>customers_{day}.xlsx</source>
        <translation>客户_{day}.xlsx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="103"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="118"/>
        <source>{rows} customers exported to {path}.</source>
        <translation>已将{rows}个客户导出到{path}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="121"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/export_action.py" line="122"/>
        <source>Export the customers listed (with the current filters) to Excel</source>
        <translation>将列表中的客户（按当前筛选条件）导出到Excel</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Name</source>
        <translation type="vanished">客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="vanished">简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">客户性质</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">客户类型</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="vanished">客户等级</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="vanished">行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">客户来源</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="vanished">手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">电子邮箱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="vanished">网址</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="vanished">邮编</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="vanished">客户需求</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="vanished">企业</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="vanished">个人</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
    <message>
        <source>Company or person name</source>
        <translation type="vanished">企业或个人名称</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="vanished">name@example.com</translation>
    </message>
    <message>
        <source>www.example.com</source>
        <translation type="vanished">www.example.com</translation>
    </message>
    <message>
        <source>What the customer is looking for</source>
        <translation type="vanished">客户需要什么产品或服务</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="305"/>
        <source>any</source>
        <translation>任一</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="305"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="307"/>
        <source>Comprehensive query: %n condition(s), matching {joined}.</source>
        <translation>
            <numerusform>综合查询：%n个条件，满足{joined}条件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="324"/>
        <source>Save current query…</source>
        <translation>保存当前查询…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="337"/>
        <source>Delete saved query</source>
        <translation>删除已保存的查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="344"/>
        <source>Save query</source>
        <translation>保存查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="344"/>
        <source>Name of the query:</source>
        <translation>查询名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="431"/>
        <source>The list could not be loaded: {error}</source>
        <translation>无法加载列表：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="438"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="440"/>
        <source>1 customer loaded</source>
        <translation>已加载1个客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="442"/>
        <source>%n customers loaded</source>
        <translation>
            <numerusform>已加载%n个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="445"/>
        <source>%n customers loaded; scroll down for more</source>
        <translation>
            <numerusform>已加载%n个客户，向下滚动可加载更多</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="447"/>
        <source>(total: {total})</source>
        <translation>（共{total}个）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="452"/>
        <source>… (counting)</source>
        <translation>…（正在统计）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="457"/>
        <source>more than {count}</source>
        <translation>超过{count}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="458"/>
        <source>about {count}</source>
        <translation>约{count}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="461"/>
        <source>Search name, phone…</source>
        <translation>搜索名称、电话…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="466"/>
        <source>Finds customers whose name, short name, phone, mobile or contact names contain the text; pinyin (zhangsan) and initials (zs) find Chinese names, phone digits match however written</source>
        <translation>查找客户名称、简称、电话、手机或联系人姓名中包含所输文字的客户；可用拼音（zhangsan）或拼音首字母（zs）查找中文名称，电话号码不论写法均可匹配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="479"/>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="481"/>
        <source>Show filters by grade, industry, region, source, owner and dates</source>
        <translation>按客户等级、行业、地区、来源、负责人和日期筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="483"/>
        <source>Query…</source>
        <translation>查询…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="484"/>
        <source>Comprehensive query: combine several conditions</source>
        <translation>综合查询：组合多个条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="485"/>
        <source>Saved queries</source>
        <translation>已保存的查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="486"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="499"/>
        <source>Created in the last %n day(s)</source>
        <translation>
            <numerusform>最近%n天内创建</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="501"/>
        <source>Contacted in the last %n day(s)</source>
        <translation>
            <numerusform>最近%n天内联系过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="503"/>
        <source>No contact for %n day(s)</source>
        <translation>
            <numerusform>%n天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>Finds customers whose name, short name, phone or mobile contains the text</source>
        <translation type="vanished">查找客户名称、简称、电话或手机中包含所输文字的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="470"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="471"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="472"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="473"/>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="474"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="475"/>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="476"/>
        <source>Created: any time</source>
        <translation>创建时间：不限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="477"/>
        <source>Last contact: any</source>
        <translation>最近联系：不限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="478"/>
        <source>Only my customers</source>
        <translation>只看我的客户</translation>
    </message>
</context>
<context>
    <name>CustomerOpportunitiesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="145"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="146"/>
        <source>Opportunities ({count})</source>
        <translation>商机（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="149"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="152"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="153"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="154"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="155"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="156"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/customer_tab.py" line="157"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>CustomerOrdersTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="62"/>
        <source>{count} orders · sales {total} · still open {open}</source>
        <translation>{count}个订单 · 销售额{total} · 未回款{open}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="68"/>
        <source>Orders ({count})</source>
        <translation>订单（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="68"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="71"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="71"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="72"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="72"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/customer_tab.py" line="72"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
</context>
<context>
    <name>CustomerPrinter</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="70"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="74"/>
        <source>customers_{day}.pdf</source>
        <translation>客户_{day}.pdf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="89"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="91"/>
        <source>Print the list, or envelopes and address labels for the selected customers</source>
        <translation>打印客户列表，或为选中的客户打印信封和地址标签</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="93"/>
        <source>Customer list…</source>
        <translation>客户列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="94"/>
        <source>Envelopes – Chinese No. 5 (220 × 110 mm)…</source>
        <translation>信封 – 5号（220 × 110 mm）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="95"/>
        <source>Envelopes – DL (220 × 110 mm)…</source>
        <translation>信封 – DL（220 × 110 mm）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="96"/>
        <source>Envelopes – C5 (229 × 162 mm)…</source>
        <translation>信封 – C5（229 × 162 mm）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="97"/>
        <source>Address labels – A4, 3 × 8…</source>
        <translation>地址标签 – A4，3 × 8…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/print_action.py" line="98"/>
        <source>Address labels – A4, 2 × 7…</source>
        <translation>地址标签 – A4，2 × 7…</translation>
    </message>
</context>
<context>
    <name>CustomerQueryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="150"/>
        <source>Remove this condition</source>
        <translation>删除此条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="258"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="258"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="272"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="273"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="274"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="275"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="276"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="277"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="278"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="279"/>
        <source>Kind</source>
        <translation>客户性质</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="280"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="281"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="282"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="283"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="284"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="285"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="286"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="287"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="293"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="294"/>
        <source>is</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="295"/>
        <source>is not</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="296"/>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="297"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="298"/>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="299"/>
        <source>on or after</source>
        <translation>不早于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="300"/>
        <source>on or before</source>
        <translation>不晚于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="301"/>
        <source>at least</source>
        <translation>不小于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="302"/>
        <source>at most</source>
        <translation>不大于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="303"/>
        <source>includes</source>
        <translation>包括</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="308"/>
        <source>Comprehensive query</source>
        <translation>综合查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="311"/>
        <source>Find customers by several conditions. &quot;contains&quot; matches part of a text (fuzzy), &quot;is&quot; the whole text, &quot;starts with&quot; its beginning. The search box and filters of the list still apply.</source>
        <translation>按多个条件查找客户。“包含”匹配部分文字（模糊查询），“等于”匹配完整文字，“开头是”匹配开头部分。列表的搜索框和筛选条件仍然有效。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="315"/>
        <source>Match all conditions (AND)</source>
        <translation>满足全部条件（AND）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="316"/>
        <source>Match any condition (OR)</source>
        <translation>满足任一条件（OR）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="317"/>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/query_dialog.py" line="318"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
</context>
<context>
    <name>CustomerQuotesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="73"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="74"/>
        <source>Quotes (%1)</source>
        <translation>报价单（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="77"/>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="79"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="79"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="79"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="79"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="79"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="80"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="80"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/customer_tab.py" line="80"/>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="469"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="508"/>
        <source>{name} (short name: {short})</source>
        <translation>{name}（简称：{short}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="510"/>
        <source>Phone: {phone}
Mobile: {mobile}</source>
        <translation>电话：{phone}
手机：{mobile}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="512"/>
        <source>No owner: anyone may claim this customer from the public pool.</source>
        <translation>无负责人：任何人都可以从公海领取该客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="528"/>
        <source>Click to sort by name</source>
        <translation>单击按客户名称排序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="530"/>
        <source>Click to sort by creation date, newest first</source>
        <translation>单击按创建时间排序，最新的在前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="535"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="536"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="537"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="538"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="539"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="540"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="541"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="542"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="543"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="200"/>
        <source>Return to the public pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="201"/>
        <source>Why does “{name}” go back to the public pool?</source>
        <translation>请填写将“{name}”退回公海的原因：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="223"/>
        <source>Customers: help</source>
        <translation>客户档案帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="227"/>
        <source>The customer archive lists the customers you may see.

Type in the search box to find customers by name, short name, phone, mobile or contact name; pinyin (zhangsan) and its initials (zs) find Chinese names, and phone digits match however they are written. Narrow the list by customer type or to your own customers; Filters shows grade, industry, region, source, owner and date filters, Query… combines several conditions, and Saved queries keeps your favourite queries. Click the Name or Created column header to sort.

Select a customer to see the details, contacts and contact history. New (Ctrl+N) starts an empty form, Save (Ctrl+S) stores your changes, Delete moves the customer to the recycle bin, Info (Ctrl+I) shows when the record was created and last changed. Query &amp; Report (Ctrl+F) jumps to the search box; F5 reloads the list.

Fields marked with * must be filled in. If someone else changed the customer while you were editing, your input is kept: reload the record to see their changes, then apply yours again.</source>
        <translation>客户档案列出您有权查看的客户。

在搜索框中输入文字，可按客户名称、简称、电话、手机或联系人姓名查找客户；可用拼音（zhangsan）或拼音首字母（zs）查找中文名称，电话号码不论写法均可匹配。也可按客户类型筛选，或只显示自己的客户；“筛选”提供客户等级、行业、地区、来源、负责人和日期筛选，“查询…”可组合多个条件，“已保存的查询”保存您常用的查询。单击“客户名称”或“创建时间”列标题可排序。

选择客户即可查看其详细信息、联系人和联系记录。新建（Ctrl+N）打开空白表单，保存（Ctrl+S）保存您的修改，删除将客户移入回收站，信息（Ctrl+I）显示记录的创建时间和最后修改时间。查询报表（Ctrl+F）跳转到搜索框；F5刷新列表。

标有*的字段为必填项。如果在您编辑期间其他人修改了该客户，您的输入会保留：请重新加载记录查看对方的修改，然后再次应用您的修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="244"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="245"/>
        <source>Merge another customer into this one</source>
        <translation>将其他客户合并到此客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="246"/>
        <source>Return to pool…</source>
        <translation>退回公海…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="247"/>
        <source>Give this customer back to the public pool, with a reason</source>
        <translation>将此客户退回公海（需填写原因）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="248"/>
        <source>Send e-mail…</source>
        <translation>发送邮件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="250"/>
        <source>Send a message or a greeting to the selected customers&apos; contacts</source>
        <translation>向所选客户的联系人发送消息或问候邮件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="252"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="253"/>
        <source>Import customers from an Excel file</source>
        <translation>从Excel文件导入客户</translation>
    </message>
    <message>
        <source>The customer archive lists the customers you may see.

Type in the search box to find customers by name, short name, phone or mobile; narrow the list by customer type or to your own customers. Click the Name or Created column header to sort.

Select a customer to see the details, contacts and contact history. New (Ctrl+N) starts an empty form, Save (Ctrl+S) stores your changes, Delete moves the customer to the recycle bin, Info (Ctrl+I) shows when the record was created and last changed. Query &amp; Report (Ctrl+F) jumps to the search box; F5 reloads the list.

Fields marked with * must be filled in. If someone else changed the customer while you were editing, your input is kept: reload the record to see their changes, then apply yours again.</source>
        <translation type="vanished">客户档案列出您有权查看的客户。

在搜索框中输入文字，可按客户名称、简称、电话或手机查找客户；也可按客户类型筛选，或只显示自己的客户。单击“客户名称”或“创建时间”列标题可排序。

选择客户即可查看其详细信息、联系人和联系记录。新建（Ctrl+N）打开空白表单，保存（Ctrl+S）保存您的修改，删除将客户移入回收站，信息（Ctrl+I）显示记录的创建时间和最后修改时间。查询报表（Ctrl+F）跳转到搜索框；F5刷新列表。

标有*的字段为必填项。如果在您编辑期间其他人修改了该客户，您的输入会保留：请重新加载记录查看对方的修改，然后再次应用您的修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="243"/>
        <source>Refresh list</source>
        <translation>刷新列表</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../crm_desktop/ui/db_description.py" line="14"/>
        <source>Embedded database (default)</source>
        <translation>内置数据库（默认）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/db_description.py" line="16"/>
        <source>Embedded database file</source>
        <translation>内置数据库文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/db_description.py" line="19"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/db_description.py" line="21"/>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/db_description.py" line="23"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>DecisionTreeTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="61"/>
        <source>Decides</source>
        <translation>决策者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="62"/>
        <source>Influences</source>
        <translation>影响者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="63"/>
        <source>Uses</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="84"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="113"/>
        <source>Decision tree</source>
        <translation>决策关系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="116"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="116"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="116"/>
        <source>Role in the decision</source>
        <translation>决策角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="117"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="118"/>
        <source>Reports to:</source>
        <translation>直接上级：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="119"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/decision_tree_tab.py" line="122"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>DesignerDialog</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="214"/>
        <source>Discard the unsaved changes to this layout?</source>
        <translation>是否放弃对此布局的未保存修改？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="275"/>
        <source>the layout shipped with the program</source>
        <translation>程序自带的布局</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="276"/>
        <source>the company-wide layout</source>
        <translation>全公司布局</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="277"/>
        <source>this station&apos;s own layout</source>
        <translation>本站点专用布局</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="279"/>
        <source>Starting from {source}</source>
        <translation>基于{source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="281"/>
        <source>Version {no}, {source}</source>
        <translation>版本{no}，{source}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="284"/>
        <source> — unsaved changes</source>
        <translation> — 有未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="338"/>
        <source>Delete the custom field “{name}”? Values already entered are kept.</source>
        <translation>确定删除自定义字段“{name}”吗？已录入的值将保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="459"/>
        <source>Drop this layer&apos;s layout and use the one shipped with the program? The history keeps it.</source>
        <translation>确定放弃此层级的布局，改用程序自带的布局吗？历史记录中仍会保留该布局。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="491"/>
        <source>Close the designer and discard the unsaved changes?</source>
        <translation>确定关闭设计器并放弃未保存的修改吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="502"/>
        <source>Forms and lists</source>
        <translation>表单和列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="503"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="504"/>
        <source>Layout</source>
        <translation>布局</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="505"/>
        <source>Applies to</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="506"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="506"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="507"/>
        <source>Leads</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="507"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="508"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="508"/>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="508"/>
        <source>Contracts</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="511"/>
        <source>Entry form</source>
        <translation>录入表单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="512"/>
        <source>List columns</source>
        <translation>列表列</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="513"/>
        <source>Whole company</source>
        <translation>全公司</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="515"/>
        <source>Station: {name}</source>
        <translation>站点：{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="516"/>
        <source>Fields (drag into the form)</source>
        <translation>字段（拖入表单）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="517"/>
        <source>&amp;New custom field…</source>
        <translation>新建自定义字段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="518"/>
        <source>&amp;Edit custom field…</source>
        <translation>编辑自定义字段(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="519"/>
        <source>&amp;Delete custom field…</source>
        <translation>删除自定义字段(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="520"/>
        <source>Add &amp;section</source>
        <translation>添加分组(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="521"/>
        <source>&amp;Preview as station…</source>
        <translation>按站点预览(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="522"/>
        <source>&amp;History…</source>
        <translation>历史记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="523"/>
        <source>&amp;Reset to base</source>
        <translation>恢复默认(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="524"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="525"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="527"/>
        <source>Drop a field here for a new row</source>
        <translation>将字段拖到此处以新建一行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="529"/>
        <source>Move the row up</source>
        <translation>上移该行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="530"/>
        <source>Move the row down</source>
        <translation>下移该行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="531"/>
        <source>Drag to move the row</source>
        <translation>拖动以移动该行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/dialog.py" line="532"/>
        <source>Drag the title onto another section&apos;s title to move the section there</source>
        <translation>将标题拖到另一个分组的标题上，即可把该分组移到那里</translation>
    </message>
</context>
<context>
    <name>DuplicateChoiceDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="53"/>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="64"/>
        <source>Use the selected customer</source>
        <translation>使用选中的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="65"/>
        <source>Create a new customer anyway</source>
        <translation>仍然新建客户</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="52"/>
        <source>Possible duplicate</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="55"/>
        <source>These customers look like the one you are saving. Check them before saving a new record.</source>
        <translation>以下客户与您正在保存的客户相似，请先核对，再保存新记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="58"/>
        <source>A similar customer may already exist.</source>
        <translation>可能已存在相似的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="62"/>
        <source>A similar customer exists that is owned by someone else and outside your data permissions. Ask the office or the manager before entering it again.</source>
        <translation>已存在一个相似的客户，其负责人为他人，且不在您的数据权限范围内。再次录入前请先咨询管理部或经理。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="68"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="69"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="70"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="71"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="72"/>
        <source>Matches on</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="75"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="75"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="75"/>
        <source>e-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="77"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="87"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/duplicate_dialog.py" line="88"/>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/app.py" line="77"/>
        <location filename="../../crm_desktop/forms/qt/designer/support.py" line="58"/>
        <location filename="../../crm_desktop/ui/errors.py" line="33"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/access.py" line="40"/>
        <source>You do not have permission for this operation ({module}: {operation}).</source>
        <translation>您没有执行此操作的权限（{module}：{operation}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/access.py" line="43"/>
        <source>This record does not exist or is outside your data permissions.</source>
        <translation>该记录不存在，或不在您的数据权限范围内。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="31"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="32"/>
        <source>This account is locked after repeated failed log-ins. Try again in {minutes} minutes.</source>
        <translation>该账号因多次登录失败已被锁定，请在{minutes}分钟后重试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="35"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>该账号已停用，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/users.py" line="19"/>
        <location filename="../../crm_desktop/services/auth.py" line="224"/>
        <location filename="../../crm_desktop/services/auth.py" line="258"/>
        <source>The new password must have at least 8 characters.</source>
        <translation>新密码至少需要8个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/requests.py" line="20"/>
        <source>This request has already been decided.</source>
        <translation>该申请已处理。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/requests.py" line="21"/>
        <location filename="../../crm_desktop/services/auth.py" line="226"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="228"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="232"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/common.py" line="15"/>
        <source>This is the last active administrator: the change would leave nobody able to administer the system.</source>
        <translation>这是最后一个有效的管理员账号：此修改将导致无人能够管理系统。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/common.py" line="19"/>
        <location filename="../../crm_desktop/services/auth.py" line="256"/>
        <location filename="../../crm_desktop/services/contracts.py" line="178"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="79"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="119"/>
        <location filename="../../crm_desktop/services/import_rows.py" line="282"/>
        <location filename="../../crm_desktop/services/lead_pool.py" line="361"/>
        <location filename="../../crm_desktop/services/products.py" line="37"/>
        <location filename="../../crm_desktop/services/quotes.py" line="415"/>
        <location filename="../../crm_desktop/services/validation.py" line="14"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/users.py" line="18"/>
        <location filename="../../crm_desktop/services/auth.py" line="264"/>
        <source>This user name is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/users.py" line="21"/>
        <location filename="../../crm_desktop/services/auth.py" line="276"/>
        <source>There is no such role.</source>
        <translation>该角色不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="120"/>
        <source>The birthday lies in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="147"/>
        <location filename="../../crm_desktop/services/contacts.py" line="172"/>
        <location filename="../../crm_desktop/services/contacts.py" line="199"/>
        <location filename="../../crm_desktop/services/contracts.py" line="63"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="151"/>
        <location filename="../../crm_desktop/services/customers.py" line="244"/>
        <location filename="../../crm_desktop/services/definitions/store.py" line="294"/>
        <location filename="../../crm_desktop/services/definitions/store.py" line="423"/>
        <location filename="../../crm_desktop/services/lead_pool.py" line="375"/>
        <location filename="../../crm_desktop/services/leads.py" line="192"/>
        <location filename="../../crm_desktop/services/messages.py" line="184"/>
        <location filename="../../crm_desktop/services/messages.py" line="249"/>
        <location filename="../../crm_desktop/services/order_state.py" line="23"/>
        <location filename="../../crm_desktop/services/quotes.py" line="66"/>
        <location filename="../../crm_desktop/services/saved_queries.py" line="93"/>
        <location filename="../../crm_desktop/services/tasks.py" line="205"/>
        <location filename="../../crm_desktop/services/tasks.py" line="301"/>
        <location filename="../../crm_desktop/services/tasks.py" line="323"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="194"/>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="216"/>
        <source>Choose another contact of this customer.</source>
        <translation>请选择该客户的其他联系人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="164"/>
        <source>Choose enterprise or individual.</source>
        <translation>请选择企业或个人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="110"/>
        <source>The database already holds data; the demo company can only be loaded into an empty database.</source>
        <translation>数据库中已有数据，演示公司只能载入空数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/interactions.py" line="88"/>
        <source>Choose how the contact took place.</source>
        <translation>请选择联系类型。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/interactions.py" line="99"/>
        <source>This contact belongs to another customer.</source>
        <translation>该联系人属于其他客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="111"/>
        <source>Choose at least one recipient.</source>
        <translation>请至少选择一个收件人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="122"/>
        <source>A recipient no longer has an account.</source>
        <translation>有收件人的账号已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="143"/>
        <source>Choose who receives the announcement.</source>
        <translation>请选择公告的接收对象。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="150"/>
        <location filename="../../crm_desktop/services/tasks.py" line="164"/>
        <source>This department no longer exists.</source>
        <translation>该部门已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="157"/>
        <source>This station no longer exists.</source>
        <translation>该站点已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="162"/>
        <source>Nobody would receive this announcement.</source>
        <translation>没有人会收到此公告。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="186"/>
        <source>Only the sender sees who has read this.</source>
        <translation>只有发送人可以查看阅读情况。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="44"/>
        <source>A task in this state cannot be changed like that.</source>
        <translation>任务处于当前状态，不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="147"/>
        <source>Choose who does the task.</source>
        <translation>请选择执行人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="149"/>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="157"/>
        <source>This person cannot receive tasks.</source>
        <translation>此人不能接收任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="224"/>
        <source>Give a reason for rejecting the task.</source>
        <translation>请填写拒绝任务的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="297"/>
        <source>Write a comment first.</source>
        <translation>请先填写评论内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="378"/>
        <source>Only the assignee or the creator may change this task.</source>
        <translation>只有执行人或发起人可以修改此任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_notes.py" line="49"/>
        <source>The file “{name}” has {size} MB; attachments may have at most {limit} MB.</source>
        <translation>文件“{name}”有 {size} MB，附件最大不能超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="28"/>
        <source>Name the step.</source>
        <translation>请填写步骤名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="29"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="82"/>
        <location filename="../../crm_desktop/services/lead_pool.py" line="165"/>
        <location filename="../../crm_desktop/services/validation.py" line="15"/>
        <source>At most {max} characters (now {length}).</source>
        <translation>最多{max}个字符（当前{length}个）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="30"/>
        <source>Choose the role that approves this step.</source>
        <translation>请选择审批此步骤的角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="31"/>
        <source>Choose the person who approves this step.</source>
        <translation>请选择审批此步骤的人员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contract_chain.py" line="33"/>
        <source>The chain needs at least one step.</source>
        <translation>审批流程至少需要一个步骤。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="16"/>
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮箱地址格式不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="17"/>
        <source>A phone number may contain only digits, spaces, + - ( ) and an extension.</source>
        <translation>电话号码只能包含数字、空格、加号、减号、括号和分机号。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/duplicates.py" line="148"/>
        <source>A similar customer already exists. Check the candidates before saving.</source>
        <translation>已存在相似的客户，请先核对疑似重复的客户再保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ownership.py" line="47"/>
        <source>That person does not exist or has left.</source>
        <translation>该人员不存在或已离职。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="239"/>
        <source>You may hold at most {limit} open leads and hold {owned} now, so you cannot claim {count} more. Nothing was claimed.</source>
        <translation>您最多可持有{limit}条未关闭的线索，目前已持有{owned}条，无法再领取{count}条。本次未领取任何线索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="253"/>
        <source>Someone else claimed some of these leads a moment ago; nothing was claimed.</source>
        <translation>其中部分线索刚刚已被他人领取，本次未领取任何线索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="266"/>
        <source>Say why the lead goes back to the pool.</source>
        <translation>请填写将线索退回线索池的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="295"/>
        <source>Choose someone other than yourself.</source>
        <translation>请选择您本人以外的人员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="316"/>
        <source>This lead already lies in the lead pool.</source>
        <translation>该线索已在线索池中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_auto_return.py" line="87"/>
        <location filename="../../crm_desktop/services/lead_pool.py" line="323"/>
        <location filename="../../crm_desktop/services/pool.py" line="172"/>
        <source>Enter zero or a positive number.</source>
        <translation>请输入0或正数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_pool.py" line="363"/>
        <source>Choose an industry, a region or both.</source>
        <translation>请选择行业或地区，也可两者都选。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_auto_return.py" line="90"/>
        <location filename="../../crm_desktop/services/pool.py" line="176"/>
        <source>Enter a number of days of 1 or more.</source>
        <translation>请输入不小于1的天数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="206"/>
        <source>You own {owned} customers and may own at most {limit}. Return customers to the pool before claiming {count} more.</source>
        <translation>您已拥有{owned}个客户，最多可拥有{limit}个。请先将部分客户退回公海，再领取这{count}个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="219"/>
        <source>Someone else claimed this customer a moment ago; nothing was claimed.</source>
        <translation>该客户刚刚已被他人领取，本次未领取任何客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="232"/>
        <source>Say why the customer goes back to the pool.</source>
        <translation>请填写将客户退回公海的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="239"/>
        <source>This customer is already in the public pool.</source>
        <translation>该客户已在公海中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/transfer.py" line="74"/>
        <source>Choose a different person to receive the customers.</source>
        <translation>接收人不能与原负责人相同，请另选一人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="14"/>
        <source>The database server cannot be reached. Check the address and the network.</source>
        <translation>无法连接数据库服务器。请检查服务器地址和网络。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="17"/>
        <source>The database refused the user name or password in the connection settings.</source>
        <translation>数据库拒绝了连接设置中的用户名或密码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="20"/>
        <source>The database named in the connection settings does not exist on the server.</source>
        <translation>服务器上不存在连接设置中指定的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="23"/>
        <source>The database file is damaged or is not a CRM database.</source>
        <translation>数据库文件已损坏，或不是本系统的数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="24"/>
        <source>The database file cannot be opened. Check that its folder exists and that you may write there.</source>
        <translation>无法打开数据库文件。请检查所在文件夹是否存在，以及您是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="27"/>
        <source>The database is empty. An administrator sets it up with the command: {command}</source>
        <translation>数据库为空。请管理员用以下命令初始化：{command}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="30"/>
        <source>The database has schema revision {current}, this program needs {expected}. An administrator upgrades it with the command: {command}</source>
        <translation>数据库结构版本为 {current}，本程序需要 {expected}。请管理员用以下命令升级：{command}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="35"/>
        <source>The database has schema revision {current}, which is newer than this program understands ({expected}). Install the newer version of the program.</source>
        <translation>数据库结构版本 {current} 比本程序支持的版本（{expected}）新。请安装新版本的程序。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/connection.py" line="40"/>
        <source>The connection address is not valid: {url}</source>
        <translation>连接地址无效：{url}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/errors.py" line="37"/>
        <source>Someone else changed this record after you opened it. Your input is kept; reload the record to see their changes, then apply yours again.</source>
        <translation>您打开此记录后，其他人修改了它。您输入的内容已保留；请重新载入记录查看对方的修改，然后再次保存您的修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/errors.py" line="55"/>
        <source>Please correct the marked fields.</source>
        <translation>请更正标出的字段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/merge.py" line="64"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/recycle_bin.py" line="84"/>
        <source>This customer is not in your recycle bin.</source>
        <translation>该客户不在您的回收站中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/support.py" line="52"/>
        <location filename="../../crm_desktop/ui/errors.py" line="28"/>
        <source>Something went wrong: {detail}</source>
        <translation>出现错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="19"/>
        <source>A node cannot be moved below itself or below one of its own children.</source>
        <translation>不能将节点移到其自身或其下级节点之下。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="20"/>
        <source>“{name}” still has {count} people. Move them elsewhere first.</source>
        <translation>“{name}”下还有{count}个人员，请先将他们调出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="21"/>
        <source>“{name}” still has sub-entries. Move or delete them first.</source>
        <translation>“{name}”下还有下级条目，请先移动或删除它们。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="22"/>
        <location filename="../../crm_desktop/services/admin/oversight.py" line="18"/>
        <location filename="../../crm_desktop/services/admin/requests.py" line="22"/>
        <location filename="../../crm_desktop/services/admin/roles.py" line="18"/>
        <location filename="../../crm_desktop/services/admin/sharing.py" line="23"/>
        <location filename="../../crm_desktop/services/admin/users.py" line="20"/>
        <source>This entry no longer exists.</source>
        <translation>该条目已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/roles.py" line="16"/>
        <source>This code is already used by another role.</source>
        <translation>该代码已被其他角色使用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/roles.py" line="17"/>
        <source>Use letters, digits and underscores only.</source>
        <translation>只能使用字母、数字和下划线。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/sharing.py" line="24"/>
        <location filename="../../crm_desktop/services/contract_chain.py" line="32"/>
        <location filename="../../crm_desktop/services/numbering.py" line="60"/>
        <source>Choose one of the offered values.</source>
        <translation>请从提供的选项中选择。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/calendar.py" line="27"/>
        <source>Only the owner of this event can change it.</source>
        <translation>只有该日程的创建人可以修改它。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/calendar.py" line="238"/>
        <source>Enter when the event starts.</source>
        <translation>请填写日程的开始时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/calendar.py" line="241"/>
        <source>A reminder cannot come after the start.</source>
        <translation>提醒时间不能晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/calendar.py" line="252"/>
        <source>The event cannot end before it starts.</source>
        <translation>结束时间不能早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/exports.py" line="50"/>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="67"/>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="68"/>
        <source>The file is damaged or incomplete (perhaps truncated while copying).</source>
        <translation>文件已损坏或不完整（可能在复制时被截断）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="69"/>
        <source>The workbook is password-protected. Remove the password in Excel and save it again.</source>
        <translation>该工作簿设有密码保护。请在Excel中取消密码后重新保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="70"/>
        <source>This is an old Excel 97-2003 (.xls) workbook. Save it as an Excel workbook (.xlsx) first.</source>
        <translation>这是旧版Excel 97-2003（.xls）工作簿。请先将其另存为Excel工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="71"/>
        <source>This is not an Excel workbook (.xlsx).</source>
        <translation>这不是Excel工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="72"/>
        <source>The workbook expands to an implausible size and was refused.</source>
        <translation>该工作簿解压后的大小异常，已拒绝读取。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="73"/>
        <source>The sheet has more than {limit} rows. Split it into smaller files.</source>
        <translation>工作表超过{limit}行，请拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="74"/>
        <source>The workbook has no worksheet.</source>
        <translation>该工作簿没有工作表。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="75"/>
        <source>The first sheet has no header row.</source>
        <translation>第一个工作表没有标题行。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/imports.py" line="63"/>
        <source>Choose the column that holds the customer name.</source>
        <translation>请选择包含客户名称的列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/imports.py" line="64"/>
        <source>The field “{field}” is chosen for more than one column.</source>
        <translation>字段“{field}”被指定给了多个列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="77"/>
        <source>“{value}” is not in the code table.</source>
        <translation>“{value}”不在代码表中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="78"/>
        <source>“{value}” matches several entries of the code table; use its code.</source>
        <translation>“{value}”与代码表中的多个条目匹配，请使用其代码。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="81"/>
        <source>Write 企业/enterprise or 个人/individual.</source>
        <translation>请填写企业/enterprise或个人/individual。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/imports.py" line="65"/>
        <source>This customer already exists and is outside the records you may edit.</source>
        <translation>该客户已存在，且不在您可修改的记录范围内。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/imports.py" line="68"/>
        <source>No existing customer matches this row (update only).</source>
        <translation>没有与此行匹配的现有客户（仅更新模式）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/imports.py" line="69"/>
        <source>This customer already exists (create only).</source>
        <translation>该客户已存在（仅新建模式）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_rows.py" line="161"/>
        <source>The file cannot be read: {detail}</source>
        <translation>无法读取文件：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="29"/>
        <source>E-mail is not set up yet: an administrator enters the SMTP settings.</source>
        <translation>尚未设置电子邮件：请管理员填写SMTP设置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="32"/>
        <source>This contact has no e-mail address.</source>
        <translation>该联系人没有电子邮箱地址。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="33"/>
        <source>You may not add to this customer&apos;s contact history.</source>
        <translation>您无权为该客户添加联系记录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="34"/>
        <source>The text has a placeholder that cannot be filled. Use {name}, {customer} or {sender}.</source>
        <translation>正文中有无法填充的占位符。请使用{name}、{customer}或{sender}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="37"/>
        <source>Could not reach the mail server: {detail}</source>
        <translation>无法连接邮件服务器：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="113"/>
        <source>Enter a port between 1 and 65535.</source>
        <translation>请输入1到65535之间的端口号。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/mail.py" line="115"/>
        <source>Choose how the connection is secured.</source>
        <translation>请选择连接的加密方式。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/saved_queries.py" line="56"/>
        <source>Enter a name for the query.</source>
        <translation>请输入查询名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/saved_queries.py" line="59"/>
        <source>The name is too long (at most {limit} characters).</source>
        <translation>名称过长（最多{limit}个字符）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/competitors.py" line="29"/>
        <source>Choose a threat level.</source>
        <translation>请选择威胁程度。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/competitors.py" line="30"/>
        <source>This competitor does not exist or was deleted.</source>
        <translation>该竞争对手不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="64"/>
        <source>A contract can be made only from a quote the customer accepted.</source>
        <translation>只能根据客户已接受的报价单生成合同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="67"/>
        <source>This quote already has contract {number}.</source>
        <translation>该报价单已生成合同{number}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="68"/>
        <source>Only a draft contract can be changed or submitted.</source>
        <translation>只有草稿状态的合同才能修改或提交。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="69"/>
        <source>No contract approval chain is configured; ask an administrator.</source>
        <translation>尚未设置合同审批流程，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="70"/>
        <source>Nobody can approve the step “{step}”.</source>
        <translation>没有人可以审批步骤“{step}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="71"/>
        <source>This contract is not in approval.</source>
        <translation>该合同不在审批中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="72"/>
        <source>The current step “{step}” is not yours to decide.</source>
        <translation>当前步骤“{step}”不由您审批。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="73"/>
        <location filename="../../crm_desktop/services/quote_approval.py" line="51"/>
        <source>Give a reason for the rejection.</source>
        <translation>请填写拒绝原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="74"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="75"/>
        <location filename="../../crm_desktop/services/lead_reports.py" line="62"/>
        <source>The end date lies before the start date.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="76"/>
        <source>Only PDF files can be attached.</source>
        <translation>只能添加PDF文件作为附件。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="77"/>
        <source>The file is larger than {limit} MB.</source>
        <translation>文件超过{limit} MB。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contracts.py" line="78"/>
        <source>A signed contract&apos;s attachments cannot be removed.</source>
        <translation>已签订合同的附件不能删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/store.py" line="49"/>
        <source>The stored definition is damaged and cannot be read.</source>
        <translation>已保存的定义已损坏，无法读取。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/store.py" line="50"/>
        <source>The type of a field cannot change once it exists; add a new field instead.</source>
        <translation>字段创建后不能更改类型；请新建一个字段。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/store.py" line="53"/>
        <source>Choose the company layer, or the station layer with a station.</source>
        <translation>请选择公司层，或选择站点层并指定站点。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/store.py" line="60"/>
        <source>The definition has problems; nothing was saved.</source>
        <translation>定义存在问题，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="34"/>
        <source>A custom field&apos;s key starts with “{prefix}” followed by lower-case letters, digits or _ (at most 40 characters).</source>
        <translation>自定义字段的标识以“{prefix}”开头，后接小写字母、数字或_（最多40个字符）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="39"/>
        <source>Another field already has the key “{key}”.</source>
        <translation>标识“{key}”已被其他字段使用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="40"/>
        <source>Unknown field type “{type}”.</source>
        <translation>未知的字段类型“{type}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="41"/>
        <source>Give the field a label.</source>
        <translation>请填写字段名称。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="42"/>
        <source>The maximum length must be a whole number from 1 to 10000.</source>
        <translation>最大长度必须是1到10000之间的整数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="43"/>
        <source>“{value}” is not a valid limit for this type.</source>
        <translation>“{value}”不是此类型的有效限值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="44"/>
        <source>The minimum ({min}) is larger than the maximum ({max}).</source>
        <translation>最小值（{min}）大于最大值（{max}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="45"/>
        <source>The pattern is not a valid regular expression: {detail}</source>
        <translation>格式不是有效的正则表达式：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="46"/>
        <source>A choice field needs a code table or at least one option.</source>
        <translation>选择字段需要指定代码表或至少一个选项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="47"/>
        <source>The option “{value}” appears twice.</source>
        <translation>选项“{value}”重复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="48"/>
        <source>The default value breaks the field&apos;s own rule: {detail}</source>
        <translation>默认值不符合该字段的规则：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="49"/>
        <source>The form has no sections.</source>
        <translation>表单中没有分组。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="50"/>
        <source>Two sections have the key “{key}”.</source>
        <translation>有两个分组的标识都是“{key}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="51"/>
        <source>A section has 1 to {max} columns.</source>
        <translation>分组的列数为1到{max}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="52"/>
        <source>Unknown field “{field}”.</source>
        <translation>未知字段“{field}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="53"/>
        <source>The field “{field}” appears more than once.</source>
        <translation>字段“{field}”出现了多次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="54"/>
        <source>The field “{field}” spans {span} of the section&apos;s {columns} columns.</source>
        <translation>字段“{field}”跨{span}列，但该分组只有{columns}列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="57"/>
        <source>The row needs {needed} columns; the section has {columns}.</source>
        <translation>该行需要{needed}列，但分组只有{columns}列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="58"/>
        <source>The row is empty.</source>
        <translation>该行为空。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="59"/>
        <source>The required field “{field}” is not on the form.</source>
        <translation>必填字段“{field}”不在表单上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="60"/>
        <source>The required field “{field}” may be hidden by a condition; it must always be visible.</source>
        <translation>必填字段“{field}”可能因条件而被隐藏；必填字段必须始终显示。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="64"/>
        <source>Unknown condition “{op}”.</source>
        <translation>未知条件“{op}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="65"/>
        <source>The condition refers to “{field}”, which is not on this form.</source>
        <translation>条件引用的字段“{field}”不在此表单上。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="68"/>
        <source>“{op}” needs a list of values.</source>
        <translation>“{op}”需要一组值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="69"/>
        <source>The condition&apos;s value does not fit the field “{field}”: {detail}</source>
        <translation>条件值与字段“{field}”不符：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="72"/>
        <source>“{field}” cannot be compared as larger or smaller.</source>
        <translation>“{field}”不能比较大小。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="73"/>
        <source>The list has no columns.</source>
        <translation>列表中没有列。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="74"/>
        <source>A column is {min} to {max} pixels wide.</source>
        <translation>列宽为{min}到{max}像素。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="75"/>
        <source>The list cannot be sorted by “{field}”.</source>
        <translation>列表不能按“{field}”排序。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/validation.py" line="76"/>
        <source>The layout belongs to “{entity}”, not “{expected}”.</source>
        <translation>该布局属于“{entity}”，而不是“{expected}”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="22"/>
        <location filename="../../crm_desktop/services/quotes.py" line="62"/>
        <source>Enter a number.</source>
        <translation>请输入数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="23"/>
        <source>Enter a whole number.</source>
        <translation>请输入整数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="24"/>
        <source>At most two decimal places.</source>
        <translation>最多两位小数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="25"/>
        <source>At least {min}.</source>
        <translation>不能小于{min}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="26"/>
        <source>At most {max}.</source>
        <translation>不能大于{max}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="27"/>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>请按YYYY-MM-DD格式输入日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="28"/>
        <source>Enter a date and time.</source>
        <translation>请输入日期和时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="29"/>
        <source>Choose yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="30"/>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择一个值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="31"/>
        <source>The chosen value “{value}” was removed from the code table; choose another.</source>
        <translation>所选的值“{value}”已从代码表中删除，请另选一个。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="34"/>
        <source>Choose a user from the list.</source>
        <translation>请从列表中选择用户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="35"/>
        <source>This is not a valid web address.</source>
        <translation>网址格式不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/definitions/values.py" line="36"/>
        <source>The value does not have the required form.</source>
        <translation>值的格式不符合要求。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/forecast.py" line="36"/>
        <source>The quota must be a number of at least 0.</source>
        <translation>配额必须是不小于0的数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/forecast.py" line="37"/>
        <source>Choose a fiscal year and a quarter (1 to 4).</source>
        <translation>请选择财年和季度（1到4）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/forecast.py" line="38"/>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation>财年起始月份必须在1到12之间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_reports.py" line="56"/>
        <location filename="../../crm_desktop/services/leads.py" line="361"/>
        <source>Choose one of the listed statuses.</source>
        <translation>请从列表中选择状态。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/lead_reports.py" line="59"/>
        <source>Only managers may compare leads by owner.</source>
        <translation>只有经理可以按负责人比较线索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/leads.py" line="54"/>
        <source>This lead has been converted and can no longer be changed.</source>
        <translation>该线索已转换，不能再修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/leads.py" line="403"/>
        <source>Choose one of the listed kinds.</source>
        <translation>请从列表中选择跟进方式。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/leads.py" line="406"/>
        <source>The next date lies before the follow-up.</source>
        <translation>下次联系日期不能早于本次跟进时间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/leads.py" line="411"/>
        <source>Claim the lead before following it up.</source>
        <translation>请先领取该线索，再进行跟进。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="57"/>
        <source>There is no numbering rule for the document type “{doc_type}”.</source>
        <translation>单据类型“{doc_type}”没有编号规则。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="58"/>
        <source>Use at most 10 letters, digits or “-”.</source>
        <translation>最多使用10个字母、数字或“-”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="59"/>
        <source>Enter a whole number from 1 to 10.</source>
        <translation>请输入1到10之间的整数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="61"/>
        <source>The date part must show the reset period, or numbers of different periods would be the same.</source>
        <translation>日期部分必须体现重置周期，否则不同周期的编号会重复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="76"/>
        <source>A reason is required when a deal is lost.</source>
        <translation>输单时必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="77"/>
        <source>The probability must be between 0 and 100 %.</source>
        <translation>成交概率必须在0到100%之间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="78"/>
        <source>The amount must be a number of at least 0.</source>
        <translation>金额必须是不小于0的数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="79"/>
        <source>Quantities must be greater than 0 and prices at least 0.</source>
        <translation>数量必须大于0，价格不能小于0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="80"/>
        <source>This stage does not exist.</source>
        <translation>该阶段不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="81"/>
        <source>A product on this deal does not exist or was deleted.</source>
        <translation>该商机中的某个产品不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/opportunities.py" line="82"/>
        <source>This opportunity does not exist or was deleted.</source>
        <translation>该商机不存在或已被删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="92"/>
        <location filename="../../crm_desktop/services/returns.py" line="32"/>
        <source>Line {row}: the quantity must be greater than zero.</source>
        <translation>第{row}行：数量必须大于0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="93"/>
        <source>Line {row}: the price must not be negative.</source>
        <translation>第{row}行：价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="94"/>
        <source>Line {row}: the discount must lie between 0 and 100 %.</source>
        <translation>第{row}行：折扣必须在0到100%之间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="95"/>
        <source>Line {row}: choose a product or describe the item.</source>
        <translation>第{row}行：请选择产品或填写品名说明。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="96"/>
        <source>Line {row}: enter numbers for quantity, price and discount.</source>
        <translation>第{row}行：数量、价格和折扣请填写数字。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="97"/>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="98"/>
        <source>The instalments add up to {plan}, but the order total is {total}. Make them equal.</source>
        <translation>回款计划合计为{plan}，但订单总额为{total}，请使两者相等。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="101"/>
        <source>Instalment {row}: the amount must be greater than zero.</source>
        <translation>第{row}期：金额必须大于0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="102"/>
        <source>Instalment {row}: enter a due date.</source>
        <translation>第{row}期：请填写到期日。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="103"/>
        <source>Only an accepted quote can become an order (quote {number} is {status}).</source>
        <translation>只有已接受的报价单才能生成订单（报价单{number}的状态为：{status}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="106"/>
        <source>Only a signed contract can become an order (contract {number} is {status}).</source>
        <translation>只有已签订的合同才能生成订单（合同{number}的状态为：{status}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="109"/>
        <source>This order already has receipts or returns and can no longer be cancelled.</source>
        <translation>该订单已有回款或退货，不能再作废。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="112"/>
        <source>Choose a customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="113"/>
        <source>There is no quote or contract numbered “{number}”.</source>
        <translation>没有编号为“{number}”的报价单或合同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="114"/>
        <source>An order made from {number} is for the customer of {number}. Nothing was saved.</source>
        <translation>由 {number} 生成的订单只能属于 {number} 的客户。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/orders.py" line="117"/>
        <source>An order made from contract {number} can only name that contract&apos;s quote. Nothing was saved.</source>
        <translation>由合同 {number} 生成的订单只能关联该合同的报价单。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/printing.py" line="43"/>
        <source>There is no {document} numbered “{number}” that you may print.</source>
        <translation>没有您可打印的编号为“{number}”的{document}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/printing.py" line="44"/>
        <source>Select at least one customer to print.</source>
        <translation>请至少选择一个要打印的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/printing.py" line="45"/>
        <source>The list has more than {limit} rows. Narrow it down before printing.</source>
        <translation>列表超过{limit}行，请先缩小范围再打印。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="38"/>
        <source>Enter an amount of zero or more, e.g. 1280.00.</source>
        <translation>请输入不小于0的金额，例如1280.00。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="39"/>
        <source>Another product already has the code “{code}”.</source>
        <translation>代码“{code}”已被其他产品使用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="40"/>
        <location filename="../../crm_desktop/services/quotes.py" line="65"/>
        <source>This product no longer exists.</source>
        <translation>该产品已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="41"/>
        <source>This category no longer exists.</source>
        <translation>该类别已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="42"/>
        <source>“{name}” is used in {count} document lines (quotes, orders or opportunities) and cannot be deleted. Mark it inactive instead.</source>
        <translation>“{name}”已用于{count}行单据明细（报价单、订单或商机），不能删除。请改为将其停用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="47"/>
        <source>The category “{name}” still holds sub-categories or products. Move or delete them first.</source>
        <translation>类别“{name}”下还有子类别或产品，请先移动或删除它们。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/products.py" line="50"/>
        <source>A category cannot be placed below itself or one of its own children.</source>
        <translation>不能将类别移到其自身或其下级类别之下。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quick_sale.py" line="37"/>
        <source>Choose a customer or enter the walk-in customer&apos;s name.</source>
        <translation>请选择客户，或填写散客姓名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quick_sale.py" line="38"/>
        <source>The amount paid must not be negative.</source>
        <translation>实收金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="41"/>
        <source>Only a draft or rejected quote can be submitted for approval.</source>
        <translation>只有草稿或已拒绝的报价单才能提交审批。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="42"/>
        <source>No line of this quote is below cost or below the grade price; issue it directly.</source>
        <translation>该报价单没有低于成本价或等级价的明细行，可直接发出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="45"/>
        <source>Nobody can approve this quote: the owner has no superior position and there is no administrator.</source>
        <translation>无人可以审批该报价单：负责人没有上级岗位，且系统中没有管理员。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="49"/>
        <source>This quote is not awaiting approval.</source>
        <translation>该报价单不在待审批状态。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="50"/>
        <source>Only the approver of this quote ({name}) may decide on it.</source>
        <translation>只有该报价单的审批人（{name}）可以审批。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="52"/>
        <source>This quote has lines below cost or below the grade price and must be approved before it is issued.</source>
        <translation>该报价单有低于成本价或等级价的明细行，须审批通过后才能发出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="56"/>
        <source>This quote is still awaiting approval and cannot be issued yet.</source>
        <translation>该报价单仍在等待审批，暂不能发出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="57"/>
        <source>A quote in state “{status}” cannot be issued.</source>
        <translation>状态为“{status}”的报价单不能发出。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="58"/>
        <source>The internal cost of “{product}” is not known yet; a quote cannot be sent on before it is.</source>
        <translation>“{product}”的内部成本尚未确定，确定之前不能发出报价单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="61"/>
        <source>The quote&apos;s validity date has passed; change it first.</source>
        <translation>报价单已过有效期，请先修改有效期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quote_approval.py" line="62"/>
        <source>Only an issued quote can be marked as accepted.</source>
        <translation>只有已发出的报价单才能标记为已接受。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="59"/>
        <source>The quantity must be greater than zero.</source>
        <translation>数量必须大于0。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="60"/>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="61"/>
        <source>A discount lies between 0 and 100 %.</source>
        <translation>折扣必须在0到100%之间。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="63"/>
        <source>This amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="64"/>
        <source>Add at least one product line.</source>
        <translation>请至少添加一行产品明细。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="67"/>
        <source>A quote can be changed only while it is a draft, rejected or approved (now: {status}).</source>
        <translation>只有草稿、已拒绝或已审批的报价单才能修改（当前状态：{status}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="70"/>
        <source>Only draft or rejected quotes can be deleted.</source>
        <translation>只有草稿或已拒绝的报价单才能删除。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="71"/>
        <source>The opportunity “{name}” belongs to another customer. Nothing was saved.</source>
        <translation>商机“{name}”属于其他客户。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="40"/>
        <source>The receipt of {amount} is above the open amount {open} of this instalment. Nothing was recorded.</source>
        <translation>回款金额{amount}超过该期的未收金额{open}，未登记任何回款。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="44"/>
        <source>Enter an amount greater than zero.</source>
        <translation>请输入大于0的金额。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="45"/>
        <source>Choose the instalment this money pays.</source>
        <translation>请选择该笔款项对应的回款期次。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="46"/>
        <source>This instalment is already paid in full.</source>
        <translation>该期已全额回款。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="47"/>
        <source>The order is cancelled; no receipts can be recorded against it.</source>
        <translation>该订单已作废，不能登记回款。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="50"/>
        <source>Enter the date the money arrived.</source>
        <translation>请填写到账日期。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="51"/>
        <source>Enter why this receipt is reversed.</source>
        <translation>请填写冲销这笔回款的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="52"/>
        <source>Receipt {number} was already reversed on {when} by {who}. Nothing was changed.</source>
        <translation>回款单 {number} 已于 {when} 由 {who} 冲销，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/receipts.py" line="55"/>
        <source>Receipt {number} was changed by someone else meanwhile. Reload the order and try again.</source>
        <translation>回款单 {number} 已被他人修改。请重新加载订单后再试。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/returns.py" line="29"/>
        <source>Line {row}: at most {max} can be returned (sold {sold}, already returned {returned}).</source>
        <translation>第{row}行：最多可退{max}（已售{sold}，已退{returned}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/returns.py" line="33"/>
        <source>Enter a quantity for at least one line.</source>
        <translation>请至少为一行填写数量。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/returns.py" line="34"/>
        <source>This line does not belong to the order.</source>
        <translation>该明细行不属于此订单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/returns.py" line="35"/>
        <source>The order is cancelled; nothing can be returned.</source>
        <translation>该订单已作废，不能退货。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/convert_dialog.py" line="35"/>
        <source>Enter an amount such as 12800.00.</source>
        <translation>请输入金额，例如12800.00。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/import_process.py" line="33"/>
        <source>Reading the file stopped unexpectedly: {detail}</source>
        <translation>读取文件时意外中止：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/order_edit.py" line="32"/>
        <source>Order {number} already has receipts or returns; reverse the receipts before changing it.</source>
        <translation>订单 {number} 已有回款或退货；请先冲销回款再修改订单。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/order_edit.py" line="35"/>
        <source>Order {number} is cancelled and can no longer be changed.</source>
        <translation>订单 {number} 已取消，不能再修改。</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="130"/>
        <source>Edit event</source>
        <translation>编辑日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="130"/>
        <source>New event</source>
        <translation>新建日程</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="132"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="132"/>
        <source>Starts:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="132"/>
        <source>Ends:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="133"/>
        <source>Location:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="133"/>
        <source>Reminder:</source>
        <translation>提醒：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="133"/>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="134"/>
        <source>Attendees:</source>
        <translation>参加人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="138"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="139"/>
        <source>No reminder</source>
        <translation>不提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="147"/>
        <source>At the start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="150"/>
        <source>%n day(s) before</source>
        <translation>提前%n天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="153"/>
        <source>%n hour(s) before</source>
        <translation>提前%n小时</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/event_dialog.py" line="154"/>
        <source>%n minute(s) before</source>
        <translation>提前%n分钟</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="221"/>
        <source>Edit custom field</source>
        <translation>编辑自定义字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="221"/>
        <source>New custom field</source>
        <translation>新建自定义字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="223"/>
        <source>Key (starts with {prefix})</source>
        <translation>标识（以{prefix}开头）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="224"/>
        <source>Type</source>
        <translation>字段类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="225"/>
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="226"/>
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="227"/>
        <source>Help (Chinese)</source>
        <translation>帮助（中文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="228"/>
        <source>Help (English)</source>
        <translation>帮助（英文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="229"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="230"/>
        <source>Searchable</source>
        <translation>可搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="231"/>
        <source>Default value</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="232"/>
        <source>Maximum length (0 = none)</source>
        <translation>最大长度（0表示不限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="233"/>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="234"/>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="235"/>
        <source>Pattern (regular expression)</source>
        <translation>格式（正则表达式）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="236"/>
        <source>Code table</source>
        <translation>代码表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="237"/>
        <source>Options (value = Chinese | English)</source>
        <translation>选项（值 = 中文 | 英文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="241"/>
        <source>Must be filled in</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="242"/>
        <source>Found by the quick search</source>
        <translation>可通过快速搜索查找</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="244"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="245"/>
        <source>Multi-line text</source>
        <translation>多行文本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="246"/>
        <source>Whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="247"/>
        <source>Decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="248"/>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="249"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="250"/>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="251"/>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="252"/>
        <source>Choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="253"/>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="254"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="255"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="256"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="257"/>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/field_dialog.py" line="261"/>
        <source>(none: use the options)</source>
        <translation>（无：使用选项）</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="78"/>
        <source>Choose an Excel file</source>
        <translation>选择Excel文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="97"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="98"/>
        <source>An Excel workbook (.xlsx) whose first row holds the column names.</source>
        <translation>第一行为列名的Excel工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="99"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="102"/>
        <source>Rows that match an existing customer (same name, ignoring legal-form suffixes such as 有限公司, and the same phone) update it instead of creating a duplicate, so an import can safely be run again after it was stopped.</source>
        <translation>与现有客户匹配的行（名称相同（忽略“有限公司”等企业类型后缀）且电话相同）将更新该客户，而不会新建重复记录，因此导入中断后可以放心地重新运行。</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="256"/>
        <source>Record a follow-up</source>
        <translation>添加跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="258"/>
        <source>When</source>
        <translation>跟进时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="259"/>
        <source>How</source>
        <translation>跟进方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="260"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="261"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="262"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="268"/>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="140"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="160"/>
        <source>Fiscal quarter {start} to {end}</source>
        <translation>财务季度：{start}至{end}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="172"/>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="266"/>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="173"/>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="267"/>
        <source>Achieved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="174"/>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="268"/>
        <source>Committed</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="175"/>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="269"/>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="218"/>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="232"/>
        <source>Set quota</source>
        <translation>设置配额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="219"/>
        <source>Quota for {year} Q{quarter}:</source>
        <translation>{year}财年第{quarter}季度配额：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="250"/>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="251"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="252"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="253"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="254"/>
        <source>Fiscal year starts in month</source>
        <translation>财年起始月份</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="257"/>
        <source>Achieved: deals won in the quarter. Committed: open deals with a probability of at least {percent} % expected to close in the quarter. Best case: all open deals expected to close in the quarter. Administrators set quotas by double-clicking the quota cell.</source>
        <translation>已完成：本季度赢单的商机。承诺：成交概率不低于{percent}%、预计在本季度成交的进行中商机。最佳情况：预计在本季度成交的全部进行中商机。管理员双击配额单元格即可设置配额。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="264"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="265"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="270"/>
        <source>Quota %</source>
        <translation>配额完成率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="271"/>
        <source>Still to achieve</source>
        <translation>尚差金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/forecast/page.py" line="274"/>
        <source>Forecast vs quota</source>
        <translation>销售预期与配额对比</translation>
    </message>
</context>
<context>
    <name>FormRenderer</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/renderer.py" line="336"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/renderer.py" line="337"/>
        <source>Empty</source>
        <translation>不填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/renderer.py" line="338"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/renderer.py" line="339"/>
        <source>{value} (deleted entry)</source>
        <translation>{value}（已删除的条目）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="57"/>
        <source>Reset to base</source>
        <translation>恢复为基础布局</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="84"/>
        <source>Layout history</source>
        <translation>布局历史</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="86"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="86"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="86"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="86"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="88"/>
        <source>&amp;Roll back to this version</source>
        <translation>回滚到此版本(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/history_dialog.py" line="89"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="36"/>
        <source>Claimed from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="37"/>
        <source>Returned to the pool</source>
        <translation>退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="38"/>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="39"/>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="40"/>
        <source>Returned automatically</source>
        <translation>自动退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="42"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="51"/>
        <source>Ownership history</source>
        <translation>负责人变更记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="56"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="57"/>
        <source>What</source>
        <translation>变更类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="58"/>
        <source>From</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="59"/>
        <source>To</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="60"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/history_tab.py" line="61"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="128"/>
        <source>{title} (due {due})</source>
        <translation>{title}（{due}截止）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="133"/>
        <source>No open tasks.</source>
        <translation>没有未完成的任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="136"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="138"/>
        <source>{sender}: {subject}</source>
        <translation>{sender}：{subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="141"/>
        <source>No unread messages.</source>
        <translation>没有未读消息。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="146"/>
        <source>{date}  {customer}: {step}</source>
        <translation>{date}  {customer}：{step}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="154"/>
        <source>No follow-ups due in the next seven days.</source>
        <translation>未来七天内没有需要跟进的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="163"/>
        <source>Welcome, {name}</source>
        <translation>欢迎您，{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="166"/>
        <source>{date} · Station: {station}</source>
        <translation>{date} · 站点：{station}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="168"/>
        <source>My open tasks</source>
        <translation>我的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="169"/>
        <source>Unread messages</source>
        <translation>未读消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="170"/>
        <source>Customer follow-ups due</source>
        <translation>待跟进客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="171"/>
        <source>Open the customer archive</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="172"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>IdleLockDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/idle_lock.py" line="53"/>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/idle_lock.py" line="64"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/idle_lock.py" line="67"/>
        <source>The window was locked after a period without use. Enter the password of {name} to continue.</source>
        <translation>窗口因长时间未操作已锁定。请输入{name}的密码以继续。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/idle_lock.py" line="70"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/idle_lock.py" line="71"/>
        <source>&amp;Sign out</source>
        <translation>退出登录(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="418"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="173"/>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="173"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="173"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="173"/>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="188"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="179"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="188"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="196"/>
        <source>Read at {time}</source>
        <translation>阅读时间：{time}</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="132"/>
        <source>New contact record</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="134"/>
        <source>Kind</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="135"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="136"/>
        <source>When</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="137"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="138"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="139"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="140"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="144"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="145"/>
        <source>No follow-up date</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="146"/>
        <source>For example: asked for a quote for two printers</source>
        <translation>例如：客户询问两台打印机的报价</translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="180"/>
        <source>Converted leads are read-only.</source>
        <translation>已转化的线索为只读。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="182"/>
        <source>You may only read this lead.</source>
        <translation>您对此线索只有查看权限。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="176"/>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/lead_dialog.py" line="176"/>
        <source>Edit lead</source>
        <translation>编辑线索</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="vanished">公司名称</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="vanished">联系人</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="vanished">职务</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="vanished">客户来源</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="vanished">行业</translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="vanished">地区</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="vanished">手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="vanished">地址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="vanished">（无）</translation>
    </message>
</context>
<context>
    <name>LeadPoolSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="79"/>
        <source>Lead pool settings</source>
        <translation>线索池设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="80"/>
        <source>Open leads one person may hold (claim limit)</source>
        <translation>每人最多持有的未转化线索数（领取上限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="81"/>
        <source>Return to the pool after days without follow-up</source>
        <translation>无跟进多少天后退回线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="82"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="83"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_settings_dialog.py" line="86"/>
        <source>A lead that is not converted and has had no follow-up, claim or assignment for this many days goes back to the lead pool by itself, once a day; its owner gets a notice.</source>
        <translation>未转化且在这些天内没有跟进、领取或分配的线索，每天自动退回线索池一次，并通知其负责人。</translation>
    </message>
</context>
<context>
    <name>LeadPoolTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="145"/>
        <source>{count} leads shown · you hold {owned} open leads of at most {limit}</source>
        <translation>显示{count}条线索 · 您持有{owned}条未结线索，最多可持有{limit}条</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="222"/>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="234"/>
        <source>Assign by rules</source>
        <translation>按规则分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="224"/>
        <source>{assigned} leads assigned; {unmatched} matched no rule and stay in the pool.</source>
        <translation>已分配{assigned}条线索；{unmatched}条未匹配任何规则，仍留在线索池中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="231"/>
        <source>Search the lead pool by company, contact or phone</source>
        <translation>按公司名称、联系人或电话搜索线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="232"/>
        <source>Claim selected</source>
        <translation>领取所选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="233"/>
        <source>Assign to this person</source>
        <translation>分配给此人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="235"/>
        <source>New pool lead</source>
        <translation>新建线索池线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="236"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/pool_tab.py" line="237"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
</context>
<context>
    <name>LeadReportTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="110"/>
        <source>No source</source>
        <translation>无来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="110"/>
        <source>Lead pool</source>
        <translation>线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="123"/>
        <source>Total: {count}</source>
        <translation>合计：{count}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="128"/>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="159"/>
        <source>Leads</source>
        <translation>线索数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="152"/>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="152"/>
        <source>By source</source>
        <translation>按来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="152"/>
        <source>By owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="155"/>
        <source>Report:</source>
        <translation>报表：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="156"/>
        <source>Created from</source>
        <translation>创建日期从</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="157"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="158"/>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/report_tab.py" line="159"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
</context>
<context>
    <name>Leads</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="28"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="29"/>
        <source>Contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="30"/>
        <source>Qualified</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="31"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="32"/>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="35"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="36"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="37"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="38"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="41"/>
        <source>Claimed</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="42"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="43"/>
        <source>Assigned</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="44"/>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="45"/>
        <source>Returned automatically</source>
        <translation>自动退回线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="49"/>
        <source>Company</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="50"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="51"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="52"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="53"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="54"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="55"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="56"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="57"/>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="58"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/common.py" line="118"/>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="211"/>
        <source>Lead pool</source>
        <translation>线索池</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/page.py" line="101"/>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/page.py" line="102"/>
        <source>My leads</source>
        <translation>我的线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/page.py" line="102"/>
        <source>Lead pool</source>
        <translation>线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/page.py" line="102"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/page.py" line="102"/>
        <source>Assignment rules</source>
        <translation>分配规则</translation>
    </message>
</context>
<context>
    <name>LineTable</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="149"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="150"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="151"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="152"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="153"/>
        <source>Discount %</source>
        <translation>折扣%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/line_table.py" line="154"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="118"/>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="184"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="177"/>
        <source>Available fields (drag into the columns)</source>
        <translation>可用字段（拖入列中）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="178"/>
        <source>Columns in order</source>
        <translation>列（按顺序）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="179"/>
        <source>Width (0 = fit)</source>
        <translation>列宽（0 = 自适应）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="180"/>
        <source>Default sort</source>
        <translation>默认排序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="181"/>
        <source>Descending</source>
        <translation>降序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/list_editor.py" line="182"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
</context>
<context>
    <name>LiveUpdates</name>
    <message>
        <location filename="../../crm_desktop/ui/live.py" line="92"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/live.py" line="92"/>
        <source>System notice</source>
        <translation>系统通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/live.py" line="93"/>
        <source>Message from {sender}</source>
        <translation>来自{sender}的消息</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="66"/>
        <source>New business-log entry</source>
        <translation>新建事务日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="67"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="68"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="69"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="70"/>
        <source>What happened, in a few words</source>
        <translation>简要描述发生的事项</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/log_entry_dialog.py" line="71"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="238"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="238"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="144"/>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="153"/>
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="173"/>
        <source>Opening the database (the first start prepares the demo company)…</source>
        <translation>正在打开数据库（首次启动时将准备演示公司数据）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="194"/>
        <source>Use “Change…” to choose another database.</source>
        <translation>请单击“更改…”选择其他数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="220"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="224"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="299"/>
        <source>Your request has been sent. An administrator will let you know.</source>
        <translation>您的申请已提交，管理员处理后会通知您。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="308"/>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="316"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="309"/>
        <source>Customer relationship management</source>
        <translation>客户关系管理系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="310"/>
        <source>Log in with the user name and password your administrator gave you.</source>
        <translation>请使用管理员为您分配的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="311"/>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="324"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="312"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="313"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="314"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="315"/>
        <source>Request an account…</source>
        <translation>申请账号…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="317"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="318"/>
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="320"/>
        <source>This is the demo company. Every demo account uses the password {password}.</source>
        <translation>当前为演示公司，所有演示账号的密码均为{password}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="324"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="324"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
</context>
<context>
    <name>LoginLogDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="29"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="30"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="31"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="32"/>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="33"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="38"/>
        <source>Signed in</source>
        <translation>登录成功</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="38"/>
        <source>Refused ({reason})</source>
        <translation>被拒绝（{reason}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="44"/>
        <source>Login log</source>
        <translation>登录日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/login_log_dialog.py" line="45"/>
        <source>Failed only</source>
        <translation>仅显示失败记录</translation>
    </message>
</context>
<context>
    <name>LostReasonDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="142"/>
        <source>A reason is required when a deal is lost.</source>
        <translation>输单时必须填写原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="153"/>
        <source>Deal lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="154"/>
        <source>Why was “{name}” lost?</source>
        <translation>“{name}”输单的原因是什么？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="155"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="156"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="134"/>
        <source>Tick at least one recipient.</source>
        <translation>请至少勾选一个收件人。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="140"/>
        <source>Sending to %n recipient(s)…</source>
        <translation>
            <numerusform>正在发送给%n个收件人…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="164"/>
        <source>Failed: {reason}</source>
        <translation>失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="166"/>
        <source>Sent; not recorded: {reason}</source>
        <translation>已发送，未记录：{reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="168"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="177"/>
        <source>Sent: {sent}. Failed: {failed}.</source>
        <translation>成功：{sent}，失败：{failed}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="190"/>
        <source>Send e-mail</source>
        <translation>发送邮件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="192"/>
        <source>%n contact(s) with an e-mail address. Untick those who should not get this message.</source>
        <translation>
            <numerusform>%n个联系人有电子邮箱地址。请取消勾选不应收到此邮件的联系人。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="196"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="196"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="196"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="196"/>
        <source>Result</source>
        <translation>发送结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="198"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="199"/>
        <source>Text:</source>
        <translation>正文：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="201"/>
        <source>{name} becomes the contact&apos;s name, {customer} the customer&apos;s name, {sender} your name.</source>
        <translation>{name}将替换为联系人姓名，{customer}替换为客户名称，{sender}替换为您的姓名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/mail_dialog.py" line="203"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="341"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="341"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="365"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="367"/>
        <source>Choose a module on the left. Every record screen has the same toolbar: New, Save, Delete, Query &amp; Report, Info and Help. The quick panel on the right (F9) holds your tasks, messages and business log.</source>
        <translation>请在左侧选择模块。每个记录界面都有相同的工具栏：新建、保存、删除、查询报表、信息和帮助。右侧的快捷面板（F9）中有您的任务、消息和事务日志。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="376"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="377"/>
        <source>Customer relationship management, version {version}
Database: {engine}</source>
        <translation>客户关系管理系统，版本{version}
数据库：{engine}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="419"/>
        <source>Customer relationship management — {station} — {user}</source>
        <translation>客户关系管理系统 — {station} — {user}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="424"/>
        <source>&amp;File</source>
        <translation>文件管理(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="425"/>
        <source>&amp;System settings</source>
        <translation>系统设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="427"/>
        <source>Customer &amp;archive</source>
        <translation>客户档案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="428"/>
        <source>&amp;Import customers…</source>
        <translation>导入客户(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="429"/>
        <source>&amp;Export customers…</source>
        <translation>导出客户(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="431"/>
        <source>Customer &amp;management</source>
        <translation>客户管理(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="432"/>
        <source>&amp;Transfer customers…</source>
        <translation>转移客户(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="433"/>
        <source>&amp;Recycle bin…</source>
        <translation>回收站(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="434"/>
        <source>&amp;Business</source>
        <translation>事务管理(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="435"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="451"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="436"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="437"/>
        <source>&amp;Log in again…</source>
        <translation>重新登录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="438"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="439"/>
        <source>&amp;Preferences…</source>
        <translation>个人设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="442"/>
        <source>&amp;Quick panel</source>
        <translation>快捷面板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="447"/>
        <source>&amp;Task manager</source>
        <translation>任务管理器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="447"/>
        <source>&amp;Message manager</source>
        <translation>信息管理器(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="447"/>
        <source>Business &amp;log</source>
        <translation>事务日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="452"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="453"/>
        <source>&amp;E-mail settings…</source>
        <translation>邮件设置(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="170"/>
        <source>(skip)</source>
        <translation>（跳过）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="173"/>
        <source>Map the columns</source>
        <translation>设置列对应关系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="175"/>
        <source>Choose the customer field each column fills; skipped columns are not imported.</source>
        <translation>选择每一列对应的客户字段；跳过的列不会导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="177"/>
        <source>The first rows of the file:</source>
        <translation>文件的前几行：</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="95"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="116"/>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="137"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="118"/>
        <source>Merge “{other}” into “{survivor}”? Its contacts, contact history, tasks, notes and files move to “{survivor}”; “{other}” goes to the recycle bin, where restoring it undoes the merge.</source>
        <translation>确定将“{other}”合并到“{survivor}”吗？其联系人、联系记录、任务、备注和文件将转移到“{survivor}”；“{other}”将移入回收站，从回收站恢复即可撤销合并。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="139"/>
        <source>Choose the customer to merge into “{name}”. Similar customers are listed; search by name or phone.</source>
        <translation>请选择要合并到“{name}”的客户。列表中显示相似的客户；可按名称或电话搜索。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="142"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="143"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="145"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="145"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="145"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/merge_dialog.py" line="145"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="149"/>
        <source>{count} selected</source>
        <translation>已选{count}人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="157"/>
        <source>New message</source>
        <translation>新建消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="158"/>
        <source>To *</source>
        <translation>收件人 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="159"/>
        <source>Filter by name, login or department</source>
        <translation>按姓名、用户名或部门筛选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="160"/>
        <source>Tick shown</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="161"/>
        <source>Tick every colleague the filter shows</source>
        <translation>勾选筛选出的所有同事</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="162"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="163"/>
        <source>Subject *</source>
        <translation>主题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="164"/>
        <source>Message</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/message_dialog.py" line="165"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="201"/>
        <source>Sent {time}</source>
        <translation>发送时间：{time}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="205"/>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="224"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="224"/>
        <source>System notice</source>
        <translation>系统通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="226"/>
        <source>From {sender}</source>
        <translation>发件人：{sender}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="299"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="300"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="301"/>
        <source>New message…</source>
        <translation>新建消息…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="302"/>
        <source>Announce…</source>
        <translation>发布公告…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="303"/>
        <source>An announcement to everyone, a department or a station</source>
        <translation>向所有人、某个部门或某个站点发布公告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="304"/>
        <source>Select a message to read it.</source>
        <translation>选择一条消息以查看内容。</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/month_view.py" line="89"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/month_view.py" line="91"/>
        <source>Task due</source>
        <translation>任务截止</translation>
    </message>
</context>
<context>
    <name>MyLeadsTab</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="172"/>
        <source>%n lead(s) shown</source>
        <translation>
            <numerusform>显示%n条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="307"/>
        <source>Lead converted</source>
        <translation>线索已转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="308"/>
        <source>The lead is now a customer with a contact and an opportunity.</source>
        <translation>该线索已转化为客户，并已生成联系人和商机。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="313"/>
        <source>Search by company, contact or phone</source>
        <translation>按公司名称、联系人或电话搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="314"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="318"/>
        <source>New lead</source>
        <translation>新建线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="319"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="320"/>
        <source>Follow up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="321"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="322"/>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="323"/>
        <source>Return to pool</source>
        <translation>退回线索池</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="324"/>
        <source>Convert</source>
        <translation>转化</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="328"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="329"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="330"/>
        <source>Owner changes</source>
        <translation>负责人变更</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="332"/>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="336"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="332"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="332"/>
        <source>From</source>
        <translation>原负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="332"/>
        <source>To</source>
        <translation>新负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="332"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="337"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="338"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="339"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/mine_tab.py" line="340"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="156"/>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="176"/>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="194"/>
        <source>Notes and files ({count})</source>
        <translation>备注和附件（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="196"/>
        <source>Notes and files</source>
        <translation>备注和附件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="200"/>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="202"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="200"/>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="202"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="200"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="202"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="202"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="204"/>
        <source>Write a note…</source>
        <translation>填写备注…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="205"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="206"/>
        <source>Delete note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="207"/>
        <source>Attachments (at most 10 MB each)</source>
        <translation>附件（每个最大10 MB）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="208"/>
        <source>Attach file…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="209"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/notes_tab.py" line="210"/>
        <source>Delete file</source>
        <translation>删除附件</translation>
    </message>
</context>
<context>
    <name>Numbering</name>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="28"/>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="29"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="30"/>
        <source>Sales order</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="31"/>
        <source>Receipt</source>
        <translation>回款单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="32"/>
        <source>Sales return</source>
        <translation>销售退货单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="33"/>
        <source>Lead</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="34"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="37"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="43"/>
        <source>Never</source>
        <translation>不重置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="44"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="45"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/numbering.py" line="46"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
</context>
<context>
    <name>NumberingDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="153"/>
        <source>Numbering rules</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="156"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="157"/>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="164"/>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="158"/>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="165"/>
        <source>Date part</source>
        <translation>日期段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="159"/>
        <source>Width</source>
        <translation>流水号位数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="160"/>
        <source>Reset</source>
        <translation>重置周期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="161"/>
        <source>Last number this period</source>
        <translation>本期当前流水号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="166"/>
        <source>Sequence digits</source>
        <translation>流水号位数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="167"/>
        <source>Restart numbering</source>
        <translation>流水号重置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="168"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="169"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/numbering_dialog.py" line="170"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OnlineUsersDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="50"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="51"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="52"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="53"/>
        <source>Machine</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="54"/>
        <source>Since</source>
        <translation>登录时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="55"/>
        <source>Last seen</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="75"/>
        <source>Sign out</source>
        <translation>强制下线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="76"/>
        <source>Sign {name} out on {machine}? Unsaved input there is lost.</source>
        <translation>确定让{name}在{machine}上强制下线吗？该计算机上未保存的输入将丢失。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="85"/>
        <source>Online users</source>
        <translation>在线用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="87"/>
        <source>&amp;Sign out</source>
        <translation>强制下线(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/online_users_dialog.py" line="88"/>
        <source>Lock idle clients after (minutes, 0 = never):</source>
        <translation>客户端空闲多久后锁定（分钟，0表示不锁定）：</translation>
    </message>
</context>
<context>
    <name>OperationLogDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="30"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="31"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="32"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="33"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="34"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="35"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="36"/>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="52"/>
        <source>Operation log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/operation_log_dialog.py" line="53"/>
        <source>Record type, e.g. customer</source>
        <translation>记录类型，例如customer</translation>
    </message>
</context>
<context>
    <name>Opportunities</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/common.py" line="18"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/common.py" line="20"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/common.py" line="21"/>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
</context>
<context>
    <name>OpportunitiesPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="328"/>
        <source>Delete opportunity</source>
        <translation>删除商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="328"/>
        <source>Delete “{name}”?</source>
        <translation>确定删除“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="374"/>
        <source>All I may see</source>
        <translation>我可查看的全部</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="374"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="374"/>
        <source>My team</source>
        <translation>我的团队</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="377"/>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="383"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="391"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="383"/>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="366"/>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="383"/>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="383"/>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="387"/>
        <source>Any owner</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="249"/>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="388"/>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="389"/>
        <source>Search name or customer</source>
        <translation>按商机名称或客户搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="390"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="392"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="393"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="394"/>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="244"/>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="245"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="246"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="247"/>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="248"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="251"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="252"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="396"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="397"/>
        <source>Stage board</source>
        <translation>阶段看板</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/page.py" line="399"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="464"/>
        <source>New opportunity</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="464"/>
        <source>Edit opportunity</source>
        <translation>编辑商机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="466"/>
        <source>Find customer</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="467"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Opportunity name</source>
        <translation type="vanished">商机名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="vanished">阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="vanished">赢率</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="475"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="vanished">预计成交日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="vanished">输单原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">详细信息</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="469"/>
        <source>Part of the customer name</source>
        <translation>客户名称的一部分</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="470"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Sum of products</source>
        <translation type="vanished">按产品合计</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="vanished">日期：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="471"/>
        <source>Use the total as the amount</source>
        <translation>以合计作为金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="472"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="473"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="475"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="475"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="475"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="477"/>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="478"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="479"/>
        <source>Competitors</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="480"/>
        <source>Team members</source>
        <translation>团队成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="481"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/editor_dialog.py" line="482"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="202"/>
        <source>Choose what to do</source>
        <translation>选择导入方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="203"/>
        <source>A row matches a customer with the same name and phone.</source>
        <translation>名称和电话都相同的行视为与现有客户匹配。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="204"/>
        <source>Create new customers and update matching ones</source>
        <translation>新建客户并更新匹配的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="205"/>
        <source>Only create new customers (skip matching rows)</source>
        <translation>只新建客户（跳过匹配的行）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="206"/>
        <source>Only update existing customers (skip new rows)</source>
        <translation>只更新现有客户（跳过新行）</translation>
    </message>
</context>
<context>
    <name>OrderDetailPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="104"/>
        <source>Reversed {when} by {who}: {reason}</source>
        <translation>{when} 由 {who} 冲销：{reason}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="130"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {kind} · {status} · total {total} · received {received} · returned {returned} · &lt;b&gt;open {open}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {customer} · {kind} · {status} · 总额{total} · 已回款{received} · 已退货{returned} · &lt;b&gt;未回款{open}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="144"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="144"/>
        <source>Payment plan</source>
        <translation>回款计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="144"/>
        <source>Receipts</source>
        <translation>回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="144"/>
        <source>Returns</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="147"/>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="149"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="147"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="147"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="148"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="148"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="148"/>
        <source>Discount %</source>
        <translation>折扣%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="148"/>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="149"/>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="152"/>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="155"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="149"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="150"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="150"/>
        <source>Open</source>
        <translation>未回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="150"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="151"/>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="155"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="151"/>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="152"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="152"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="152"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="153"/>
        <source>Reversal</source>
        <translation>冲销</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="154"/>
        <source>Reverse…</source>
        <translation>冲销…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="155"/>
        <source>Returned on</source>
        <translation>退货日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="156"/>
        <source>Refund due</source>
        <translation>应退金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/detail_panel.py" line="156"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="195"/>
        <source>Total: {total}</source>
        <translation>合计：{total}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="269"/>
        <source>Change order {number}</source>
        <translation>修改订单 {number}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="271"/>
        <source>New sales order</source>
        <translation>新建销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="272"/>
        <source>Number of a signed contract or an accepted quote</source>
        <translation>已签合同或已接受报价单的编号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="273"/>
        <source>Copy lines</source>
        <translation>复制明细</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="274"/>
        <source>Name, pinyin or phone, then Enter</source>
        <translation>输入名称、拼音或电话后按回车</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="275"/>
        <source>Add products…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="276"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="277"/>
        <source>Payment plan (empty: the whole total on the order date)</source>
        <translation>回款计划（为空时：订单日期一次性回款全额）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="278"/>
        <source>Split evenly, monthly</source>
        <translation>按月平均分期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="279"/>
        <source>Instalments: </source>
        <translation>期数：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="280"/>
        <source>Due date (YYYY-MM-DD)</source>
        <translation>到期日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="280"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="282"/>
        <source>From document</source>
        <translation>来源单据</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/order_dialog.py" line="282"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="vanished">订单日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="vanished">备注</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="22"/>
        <source>Open</source>
        <translation>待回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="23"/>
        <source>Partly paid</source>
        <translation>部分回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="24"/>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="25"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="26"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="29"/>
        <source>Order</source>
        <translation>普通订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/common.py" line="30"/>
        <source>Quick sale</source>
        <translation>快速销售</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="304"/>
        <source>Sold: order {order}, total {total}, received {paid}.</source>
        <translation>已售出：订单{order}，合计{total}，已收{paid}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="351"/>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="401"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="351"/>
        <source>Cancel order {number}?</source>
        <translation>确定取消订单{number}吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="366"/>
        <source>Print order</source>
        <translation>打印订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="366"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="377"/>
        <source>Saved {path}.</source>
        <translation>已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="382"/>
        <source>Sales orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="390"/>
        <source>Search order number or customer</source>
        <translation>搜索订单号或客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="391"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="396"/>
        <source>Quick sale… (F2)</source>
        <translation>快速销售…（F2）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="397"/>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="398"/>
        <source>Change order…</source>
        <translation>修改订单…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="399"/>
        <source>Record receipt…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="400"/>
        <source>Return…</source>
        <translation>退货…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="402"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="403"/>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="404"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="405"/>
        <source>Orders</source>
        <translation>销售订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="406"/>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="173"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="174"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="175"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="176"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="177"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="178"/>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="180"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="182"/>
        <source>Open</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/page.py" line="183"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="134"/>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="143"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="143"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="153"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="153"/>
        <source>Delete “{name}”?</source>
        <translation>确定删除“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="159"/>
        <source>Departments and positions</source>
        <translation>部门和岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="160"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="161"/>
        <source>Positions</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="163"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="163"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="164"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="165"/>
        <source>Add &amp;below</source>
        <translation>添加下级(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="166"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="167"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/org_dialog.py" line="168"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OwnerChangeDialog</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="70"/>
        <source>Return %n lead(s) to the pool</source>
        <translation>
            <numerusform>将%n条线索退回线索池</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="71"/>
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="76"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="72"/>
        <source>Why does the lead go back to the pool?</source>
        <translation>请填写线索退回线索池的原因</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="74"/>
        <source>Transfer %n lead(s)</source>
        <translation>
            <numerusform>转移%n条线索</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/owner_dialog.py" line="75"/>
        <source>New owner</source>
        <translation>新负责人</translation>
    </message>
</context>
<context>
    <name>PoolPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="162"/>
        <source>{count} customers in the pool · you own {owned} of at most {limit}</source>
        <translation>公海中共有{count}个客户 · 您已拥有{owned}个，最多可拥有{limit}个</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="218"/>
        <source>Public pool: help</source>
        <translation>公海帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="222"/>
        <source>The public pool holds customers without an owner. Select customers and press Claim to make them yours, up to your limit. Return a customer of yours from its record (Customer management menu) with a reason. Customers without contact for the configured number of days go back automatically.</source>
        <translation>公海中是没有负责人的客户。选择客户后单击“领取”即可将其归为自己的客户，数量不能超过您的上限。如需将自己的客户退回公海，请在该客户的记录中操作（“客户管理”菜单），并填写原因。超过设定天数未联系的客户将自动退回公海。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="229"/>
        <source>Search the pool by name or phone</source>
        <translation>按名称或电话搜索公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="230"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="231"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="232"/>
        <source>Claim</source>
        <translation>领取</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="233"/>
        <source>Assign to this person</source>
        <translation>分配给此人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="235"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="235"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="235"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="235"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="235"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_page.py" line="236"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>PoolSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="92"/>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="138"/>
        <source>Use the default</source>
        <translation>使用默认值</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="93"/>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="130"/>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="139"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="126"/>
        <source>Public pool settings</source>
        <translation>公海设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="127"/>
        <source>Customers one person may own (claim limit)</source>
        <translation>每人最多拥有客户数（领取上限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="128"/>
        <source>Return to the pool after days without contact</source>
        <translation>未联系多少天后退回公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="129"/>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="132"/>
        <source>A customer type may have its own number of days; the others use the default above.</source>
        <translation>可为客户类型单独设置天数；其他客户类型使用上面的默认值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="134"/>
        <source>Customer type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/pool_settings_dialog.py" line="134"/>
        <source>Days without contact</source>
        <translation>未联系天数</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/preferences_dialog.py" line="55"/>
        <source>Preferences</source>
        <translation>个人设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/preferences_dialog.py" line="56"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/preferences_dialog.py" line="57"/>
        <source>Show the quick panel</source>
        <translation>显示快捷面板</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/preview.py" line="64"/>
        <source>Preview (nothing is saved)</source>
        <translation>预览（不保存任何内容）</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="161"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="161"/>
        <source>Edit product</source>
        <translation>编辑产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="163"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="164"/>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="165"/>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="166"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="167"/>
        <source>List price (¥)</source>
        <translation>标准售价（¥）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="168"/>
        <source>Cost price (¥)</source>
        <translation>成本价（¥）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="169"/>
        <source>Category</source>
        <translation>产品分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="170"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="174"/>
        <source>Active (offered in quotes and orders)</source>
        <translation>启用（可用于报价单和销售订单）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/product_dialog.py" line="175"/>
        <source>Price per customer grade (empty = list price)</source>
        <translation>按客户等级定价（留空＝标准售价）</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/widgets/product_picker.py" line="132"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n个产品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_picker.py" line="156"/>
        <source>Choose products</source>
        <translation>选择产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_picker.py" line="157"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_picker.py" line="158"/>
        <source>Name, code or pinyin (e.g. dyj)</source>
        <translation>名称、代码或拼音（如 dyj）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_picker.py" line="161"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
</context>
<context>
    <name>ProductTable</name>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="19"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="20"/>
        <source>Name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="21"/>
        <source>Specification</source>
        <translation>规格型号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="22"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="23"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="24"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="25"/>
        <source>List price</source>
        <translation>标准售价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/product_table.py" line="27"/>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="158"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n个产品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="169"/>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="308"/>
        <source>All products</source>
        <translation>全部产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="230"/>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="230"/>
        <source>Delete “%1”?</source>
        <translation>确定要删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="250"/>
        <source>New category</source>
        <translation>新建分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="250"/>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="262"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="262"/>
        <source>Rename category</source>
        <translation>重命名分类</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="294"/>
        <source>Search name, code, specification or pinyin</source>
        <translation>搜索名称、代码、规格型号或拼音</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="295"/>
        <source>Show inactive</source>
        <translation>显示已停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="296"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="297"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="298"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="299"/>
        <source>&amp;New product…</source>
        <translation>新建产品(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="300"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="301"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/products/page.py" line="302"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="164"/>
        <source>Select a field or a section to see its properties.</source>
        <translation>请选择字段或分组以查看其属性。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="165"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="166"/>
        <source>Columns spanned</source>
        <translation>跨列数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="167"/>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="168"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="169"/>
        <source>Visible only when</source>
        <translation>仅在以下条件时显示</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="170"/>
        <source>Required when</source>
        <translation>以下条件时必填</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="171"/>
        <source>Read-only when</source>
        <translation>以下条件时只读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="172"/>
        <source>Key</source>
        <translation>标识</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="173"/>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="174"/>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/properties.py" line="175"/>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
</context>
<context>
    <name>QuickPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="171"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="173"/>
        <source>Tasks ({count})</source>
        <translation>任务（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="174"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="176"/>
        <source>Messages ({count} unread)</source>
        <translation>消息（{count}条未读）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="179"/>
        <source>Business log</source>
        <translation>事务日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="180"/>
        <source>Task manager: open tasks for me</source>
        <translation>任务管理器：我的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="181"/>
        <source>Message manager</source>
        <translation>信息管理器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="182"/>
        <source>My work diary</source>
        <translation>我的工作日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="185"/>
        <source>Quick panel</source>
        <translation>快捷面板</translation>
    </message>
</context>
<context>
    <name>QuickSaleDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="164"/>
        <source>No product matches “{text}”.</source>
        <translation>没有与“{text}”匹配的产品。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="170"/>
        <source>Added {name} at {price}.</source>
        <translation>已添加{name}，单价{price}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="172"/>
        <source>{count} more match; use Choose… to pick another.</source>
        <translation>另有{count}个产品匹配，可单击“选择…”另选。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="195"/>
        <source>Enter the amount paid.</source>
        <translation>请输入实收金额。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="236"/>
        <source>Walk-in customer: {name}</source>
        <translation>散客：{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="236"/>
        <source>Walk-in customer</source>
        <translation>散客</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="240"/>
        <source>Quick sale</source>
        <translation>快速销售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="241"/>
        <source>Name, pinyin or phone, then Enter</source>
        <translation>输入名称、拼音或电话后按回车</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="242"/>
        <source>Mobile of a walk-in customer (optional)</source>
        <translation>散客手机号（选填）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="243"/>
        <source>Product code, name or pinyin, then Enter</source>
        <translation>输入产品代码、名称或拼音后按回车</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="244"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="245"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="246"/>
        <source>Sell (Ctrl+Enter)</source>
        <translation>销售（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="248"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="248"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="249"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="249"/>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/quick_sale_dialog.py" line="250"/>
        <source>Paid now</source>
        <translation>本次实收</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="196"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="199"/>
        <source>%n line(s) below cost or below the grade price: the quote needs your superior&apos;s approval before it can be issued.</source>
        <translation>
            <numerusform>有%n行低于成本价或等级价：报价单须经上级审批后才能发出。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="265"/>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="267"/>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="268"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="269"/>
        <source>Type part of the name, press Enter</source>
        <translation>输入部分名称后按回车</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">标题</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="vanished">有效期至</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="vanished">备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="270"/>
        <source>Add products…</source>
        <translation>添加产品…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/editor_dialog.py" line="271"/>
        <source>Remove line</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>QuoteLineTable</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="209"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="209"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="209"/>
        <source>Grade price</source>
        <translation>等级价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="209"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="210"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="210"/>
        <source>Discount %</source>
        <translation>折扣%</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="210"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/line_table.py" line="210"/>
        <source>Needs approval because</source>
        <translation>需审批原因</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="41"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="42"/>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="43"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="44"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="45"/>
        <source>Issued</source>
        <translation>已发出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="46"/>
        <source>Accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="47"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="51"/>
        <source>Below cost</source>
        <translation>低于成本价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="52"/>
        <source>Below the customer&apos;s grade price</source>
        <translation>低于客户等级价</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/quotes.py" line="53"/>
        <source>Internal cost not known yet</source>
        <translation>内部成本尚未确定</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="206"/>
        <source>Awaiting my approval (%1)</source>
        <translation>待我审批（%1）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="249"/>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="249"/>
        <source>A draft contract was made from the quote.</source>
        <translation>已根据报价单生成合同草稿。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="258"/>
        <source>Save quote as PDF</source>
        <translation>将报价单保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="259"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="272"/>
        <source>Delete quote</source>
        <translation>删除报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="273"/>
        <source>Delete quote %1?</source>
        <translation>确定要删除报价单 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="291"/>
        <source>Reject quote</source>
        <translation>拒绝报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="292"/>
        <source>Why is quote %1 rejected?</source>
        <translation>请填写拒绝报价单 %1 的原因：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="304"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="307"/>
        <source>Number, customer or title</source>
        <translation>单号、客户或标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="308"/>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="308"/>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="317"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="308"/>
        <source>Submit for approval</source>
        <translation>提交审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="309"/>
        <source>Issue</source>
        <translation>发出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="309"/>
        <source>Customer accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="310"/>
        <source>Make contract</source>
        <translation>生成合同</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="310"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="311"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="311"/>
        <source>Print list…</source>
        <translation>打印列表…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="312"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="315"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="318"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="319"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="161"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="161"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="162"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="162"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="163"/>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="163"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="164"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="164"/>
        <source>Needs approval</source>
        <translation>需审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="268"/>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="324"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/quotes/page.py" line="326"/>
        <source>Awaiting my approval</source>
        <translation>待我审批</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="73"/>
        <source>Record receipt</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="76"/>
        <source>Order {number} · {customer} · open {open}</source>
        <translation>订单 {number} · {customer} · 未收 {open}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="83"/>
        <source>Instalment {seq}, due {due}, open {open}</source>
        <translation>第{seq}期，{due}到期，未收 {open}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="87"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="87"/>
        <source>Instalment</source>
        <translation>回款期次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="88"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="88"/>
        <source>Received on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="89"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receipt_dialog.py" line="89"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="180"/>
        <source>Open receivables {open} · overdue {overdue} in {count} instalments</source>
        <translation>未收应收款 {open} · 逾期 {overdue}（共{count}期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="196"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="197"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="202"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="204"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="197"/>
        <source>By customer</source>
        <translation>按客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="197"/>
        <source>By order</source>
        <translation>按订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="199"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="203"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="199"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="201"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="203"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="199"/>
        <source>Instalment</source>
        <translation>期次</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="200"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="200"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="200"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="201"/>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="204"/>
        <source>Open</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="200"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="201"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="203"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="204"/>
        <source>Total</source>
        <translation>总金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="204"/>
        <source>Received</source>
        <translation>已回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/receivables_tab.py" line="204"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
</context>
<context>
    <name>RecordToolbar</name>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="84"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="84"/>
        <source>Create a new record</source>
        <translation>新建一条记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="85"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="85"/>
        <source>Save the changes to this record</source>
        <translation>保存对此记录的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="86"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="86"/>
        <source>Delete this record</source>
        <translation>删除此记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="87"/>
        <source>Query &amp;&amp; Report</source>
        <translation>查询报表</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="87"/>
        <source>Search and filter the records</source>
        <translation>查询和筛选记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="90"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="91"/>
        <source>Show who created and changed this record, and when</source>
        <translation>显示此记录由谁在何时创建和修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="93"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="93"/>
        <source>Show help for this screen</source>
        <translation>显示本界面的帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/widgets/record_toolbar.py" line="99"/>
        <source>{action} ({shortcut})</source>
        <translation>{action}（{shortcut}）</translation>
    </message>
</context>
<context>
    <name>RecycleBinDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="68"/>
        <source>Merged into {name}</source>
        <translation>已合并到{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="96"/>
        <source>Recycle bin</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="98"/>
        <source>Deleted customers. Restoring a merged customer undoes the merge: its contacts, history and other records move back to it.</source>
        <translation>已删除的客户。恢复已合并的客户将撤销合并：其联系人、联系记录和其他记录将移回该客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="102"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="102"/>
        <source>Deleted at</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="102"/>
        <source>Deleted by</source>
        <translation>删除人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="102"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/recycle_bin_dialog.py" line="104"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReminderChecker</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/calendar/reminders.py" line="70"/>
        <location filename="../../crm_desktop/ui/modules/calendar/reminders.py" line="74"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/calendar/reminders.py" line="75"/>
        <source>%n event(s) coming up:</source>
        <translation>
            <numerusform>%n个日程即将开始：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="81"/>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="82"/>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="83"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="126"/>
        <source>Reject request</source>
        <translation>拒绝申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="126"/>
        <source>Reason (optional):</source>
        <translation>原因（选填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="131"/>
        <source>Account requests</source>
        <translation>账号申请</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="134"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="135"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="136"/>
        <source>Requested</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="137"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="138"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="141"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="142"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="143"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="144"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="145"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="146"/>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/requests_dialog.py" line="147"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="339"/>
        <source>Created: {n}</source>
        <translation>新建：{n}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="340"/>
        <source>Updated: {n}</source>
        <translation>更新：{n}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="341"/>
        <source>Unchanged: {n}</source>
        <translation>未变：{n}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="342"/>
        <source>Rejected: {n}</source>
        <translation>被拒绝：{n}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="345"/>
        <source>Stopped after {n} rows. Run the import again to finish it: rows already saved are matched, not duplicated.</source>
        <translation>在处理{n}行后停止。请重新运行导入以完成剩余部分：已保存的行会被匹配，不会重复。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="356"/>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="367"/>
        <source>Save errors as</source>
        <translation>错误另存为</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="365"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="365"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="365"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="372"/>
        <source>Result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="374"/>
        <source>What the import did. Rejected rows can be saved, corrected and imported again.</source>
        <translation>导入的处理结果。被拒绝的行可以另存，修改后重新导入。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="376"/>
        <source>Save errors as…</source>
        <translation>错误另存为…</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="66"/>
        <source>Return goods</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="67"/>
        <source>Order {number} · {customer}: enter the quantity coming back</source>
        <translation>订单 {number} · {customer}：请输入退货数量</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="69"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="69"/>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="69"/>
        <source>Returned</source>
        <translation>已退</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="70"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="70"/>
        <source>Return now</source>
        <translation>本次退货</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/return_dialog.py" line="72"/>
        <source>Reason</source>
        <translation>退货原因</translation>
    </message>
</context>
<context>
    <name>ReverseReceiptDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/reverse_receipt_dialog.py" line="50"/>
        <source>Reverse receipt</source>
        <translation>冲销回款</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/reverse_receipt_dialog.py" line="53"/>
        <source>Receipt {number} of {amount} received on {day} for order {order}. Its amount becomes open again; the receipt stays in the history, marked reversed.</source>
        <translation>回款单 {number}：{day} 收到订单 {order} 的款项 {amount}。冲销后该金额重新计为未收；回款单保留在记录中并标记为已冲销。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/reverse_receipt_dialog.py" line="57"/>
        <source>For example: the transfer was returned by the bank</source>
        <translation>例如：银行退回了这笔转账</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/reverse_receipt_dialog.py" line="58"/>
        <source>Receipt</source>
        <translation>回款单</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/orders/reverse_receipt_dialog.py" line="58"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="190"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="190"/>
        <source>Delete the role “{name}”?</source>
        <translation>确定删除角色“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="198"/>
        <source>Roles and permissions</source>
        <translation>角色和权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="199"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="200"/>
        <source>Name</source>
        <translation>角色名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="201"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="202"/>
        <source>Module and operation permissions</source>
        <translation>模块权限和操作权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="203"/>
        <source>Data permissions</source>
        <translation>数据权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="204"/>
        <source>Administrator (all permissions)</source>
        <translation>管理员（全部权限）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="209"/>
        <source>No records</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="212"/>
        <source>&amp;New role</source>
        <translation>新建角色(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="213"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="214"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/roles_dialog.py" line="215"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="92"/>
        <source>Assignment rule</source>
        <translation>分配规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="94"/>
        <source>Assign to</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="95"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="96"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="97"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="98"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="102"/>
        <source>Any industry</source>
        <translation>任意行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="103"/>
        <source>Any region</source>
        <translation>任意地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="104"/>
        <source>Apply this rule</source>
        <translation>启用此规则</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="166"/>
        <source>Any industry</source>
        <translation>任意行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="167"/>
        <source>Any region</source>
        <translation>任意地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="169"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="169"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="208"/>
        <source>Select leads in the lead pool and press &quot;Assign by rules&quot;: each goes to the first active rule (by order) whose industry and region match. An empty industry or region matches any.</source>
        <translation>在线索池中选择线索后单击“按规则分配”：每条线索按顺序分配给第一条行业和地区均匹配的已启用规则。行业或地区为空时匹配任意值。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="214"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="215"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="216"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="217"/>
        <source>Assign to</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="218"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="221"/>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="222"/>
        <source>Edit rule</source>
        <translation>编辑规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="223"/>
        <source>Delete rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="224"/>
        <source>Open leads a person may hold:</source>
        <translation>每人最多持有未处理线索数：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/leads/rules_tab.py" line="225"/>
        <source>Save limit</source>
        <translation>保存上限</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="244"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="257"/>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="273"/>
        <source>{done} rows processed</source>
        <translation>已处理{done}行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="276"/>
        <source>{rate} rows/s</source>
        <translation>每秒{rate}行</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="280"/>
        <source>about {seconds} s left</source>
        <translation>约剩{seconds}秒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="282"/>
        <source>about {minutes} min left</source>
        <translation>约剩{minutes}分钟</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="297"/>
        <source>The import stopped; the batches saved before the error are kept.</source>
        <translation>导入已停止；出错前已保存的批次将保留。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="309"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="310"/>
        <source>Rows are saved in batches; Stop ends after the current batch.</source>
        <translation>数据按批次保存；单击“停止”将在当前批次完成后停止。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/import_wizard.py" line="311"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>SentModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="211"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="211"/>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="211"/>
        <source>Read</source>
        <translation>阅读情况</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="217"/>
        <source>read by {read} of {total}</source>
        <translation>{read}/{total}人已读</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/session_guard.py" line="49"/>
        <source>Signed out</source>
        <translation>已下线</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/session_guard.py" line="50"/>
        <source>An administrator has ended this session. Please log in again.</source>
        <translation>管理员已结束此会话，请重新登录。</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="141"/>
        <source>Sharing</source>
        <translation>共享设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="142"/>
        <source>Default access to other people&apos;s records</source>
        <translation>他人记录的默认访问权限</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="147"/>
        <source>Sharing groups (members read and edit each other&apos;s records)</source>
        <translation>共享组（组成员可互相读写对方的记录）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="148"/>
        <source>Name</source>
        <translation>组名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="149"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="150"/>
        <source>&amp;New group</source>
        <translation>新建共享组(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="151"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="152"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/sharing_dialog.py" line="153"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="98"/>
        <source>E-mail settings</source>
        <translation>邮件设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="100"/>
        <source>SMTP server:</source>
        <translation>SMTP服务器：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="100"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="100"/>
        <source>Security:</source>
        <translation>加密方式：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="101"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="101"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="101"/>
        <source>Sender address:</source>
        <translation>发件人地址：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="102"/>
        <source>Sender name:</source>
        <translation>发件人名称：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="106"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="106"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="106"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/dialogs/smtp_settings_dialog.py" line="109"/>
        <source>Leave empty to keep the stored password</source>
        <translation>留空则保留已保存的密码</translation>
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/opportunities/board.py" line="249"/>
        <source>{stage} ({probability} %)
Deals: {count} · ¥ {amount}</source>
        <translation>{stage}（{probability}%）
商机：{count} · ¥ {amount}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="52"/>
        <source>Module: {name}</source>
        <translation>模块：{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="57"/>
        <source>Tasks: {tasks}  Unread: {unread}</source>
        <translation>任务：{tasks}  未读：{unread}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="69"/>
        <source>{engine}: connected</source>
        <translation>{engine}：已连接</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="72"/>
        <source>{engine}: disconnected</source>
        <translation>{engine}：已断开</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="82"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="83"/>
        <source>User: {name} ({roles})</source>
        <translation>用户：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/status_bar.py" line="84"/>
        <source>Station: {name}</source>
        <translation>站点：{name}</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/table_dialog.py" line="121"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/table_dialog.py" line="122"/>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/table_dialog.py" line="123"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/table_dialog.py" line="124"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/table_dialog.py" line="125"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="151"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="152"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="153"/>
        <source>Assign to</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="154"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="155"/>
        <source>Remind me</source>
        <translation>定时提醒</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="156"/>
        <source>The assignee gets a system notice at this time</source>
        <translation>执行人将在此时间收到系统通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="157"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="158"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="159"/>
        <source>Description</source>
        <translation>任务说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="160"/>
        <source>What is to be done</source>
        <translation>需要完成的工作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="161"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="22"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="23"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="24"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="25"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="26"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="27"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="28"/>
        <source>Normal</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/common.py" line="29"/>
        <source>High</source>
        <translation>高</translation>
    </message>
</context>
<context>
    <name>TaskModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="120"/>
        <source>From</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="120"/>
        <source>To</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="122"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="124"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="125"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="127"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/models.py" line="146"/>
        <source>{date} — overdue</source>
        <translation>{date}（已逾期）</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="230"/>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="230"/>
        <source>Result (optional):</source>
        <translation>处理结果（选填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="237"/>
        <source>Reject task</source>
        <translation>拒绝任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="237"/>
        <source>Why do you reject this task? (required)</source>
        <translation>拒绝原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="346"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="347"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="352"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="354"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="355"/>
        <source>From</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="358"/>
        <source>(department — anyone there may receive it)</source>
        <translation>（部门任务，该部门任何人均可接收）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="359"/>
        <source>To</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="362"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="363"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="365"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="374"/>
        <source>Reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="374"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="377"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="377"/>
        <source>review</source>
        <translation>审阅</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="381"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="382"/>
        <source>Assigned by me</source>
        <translation>我分派的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="383"/>
        <source>My team&apos;s</source>
        <translation>团队任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="385"/>
        <source>Open tasks of the people in my data scope</source>
        <translation>我的数据权限范围内人员的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="387"/>
        <source>Show finished</source>
        <translation>显示已结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="388"/>
        <source>Also list done and rejected tasks</source>
        <translation>同时列出已完成和已拒绝的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="389"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="390"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="391"/>
        <source>Confirm that you have received the task</source>
        <translation>确认已接收该任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="392"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="393"/>
        <source>Mark the task as in progress</source>
        <translation>将任务标记为进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="394"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="395"/>
        <source>Mark the task as done, with an optional result</source>
        <translation>将任务标记为已完成，可填写处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="396"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="397"/>
        <source>Decline the task, giving a reason</source>
        <translation>拒绝任务并填写原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="398"/>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
</context>
<context>
    <name>TeamLogModel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="61"/>
        <source>Written by</source>
        <translation>记录人</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="101"/>
        <source>{name} ({count} open tasks)</source>
        <translation>{name}（{count}个未完成任务）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="134"/>
        <source>{chosen} of {total} customers chosen</source>
        <translation>已选择{chosen}/{total}个客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="146"/>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="164"/>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="181"/>
        <source>Transfer customers</source>
        <translation>转移客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="147"/>
        <source>Transfer {count} customers from {source} to {target}?</source>
        <translation>确定将{count}个客户从{source}转移给{target}吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="165"/>
        <source>{customers} customers and {tasks} open tasks were transferred.</source>
        <translation>已转移{customers}个客户和{tasks}个未完成任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="182"/>
        <source>From:</source>
        <translation>转出人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="183"/>
        <source>To:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="184"/>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="185"/>
        <source>e.g. left the company</source>
        <translation>例如：已离职</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="186"/>
        <source>All customers of this person</source>
        <translation>此人的全部客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="187"/>
        <source>Move their open tasks for these customers too</source>
        <translation>同时转移其与这些客户相关的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/transfer_dialog.py" line="188"/>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="157"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="158"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="159"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="170"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="170"/>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="200"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="280"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="200"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="280"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="243"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="248"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="244"/>
        <source>New password for {name} (at least 8 characters):</source>
        <translation>{name}的新密码（至少8个字符）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="248"/>
        <source>The password has been reset.</source>
        <translation>密码已重置。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="251"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="254"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="263"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="255"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="264"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="256"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="268"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="257"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="269"/>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="258"/>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="271"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="259"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="265"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="266"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="267"/>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="270"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="275"/>
        <source>&amp;New user</source>
        <translation>新建用户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="276"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="277"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/admin/users_dialog.py" line="278"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/preview.py" line="26"/>
        <source>Preview as station</source>
        <translation>按站点预览</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/forms/qt/designer/preview.py" line="27"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
</context>
<context>
    <name>self.dialog</name>
    <message>
        <source>Remove this condition</source>
        <translation type="vanished">删除此条件</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>&amp;Company information…</source>
        <translation type="vanished">公司信息(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Departments and positions…</source>
        <translation type="vanished">部门和岗位(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="vanished">用户管理(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Roles and permissions…</source>
        <translation type="vanished">角色和权限(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;haring…</source>
        <translation type="vanished">共享设置(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Account requests…</source>
        <translation type="vanished">账号申请(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Operation log…</source>
        <translation type="vanished">操作日志(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Login log…</source>
        <translation type="vanished">登录日志(&amp;L)…</translation>
    </message>
    <message>
        <source>O&amp;nline users…</source>
        <translation type="vanished">在线用户(&amp;N)…</translation>
    </message>
</context>
</TS>
