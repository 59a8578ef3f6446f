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
    <name>BusinessLogTab</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="121"/>
        <source>Written {time}</source>
        <translation>记录时间：{time}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="147"/>
        <source>Search titles and content</source>
        <translation>搜索标题和内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="148"/>
        <source>Add entry…</source>
        <translation>新建日志…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/business_log_tab.py" line="149"/>
        <source>Select an entry to read it.</source>
        <translation>选择一条日志以查看内容。</translation>
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
        <location filename="../../crm_desktop/services/catalog.py" line="53"/>
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
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="20"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="21"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="22"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="23"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="24"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="25"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="26"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="27"/>
        <source>Assign</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="28"/>
        <source>Approve</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="33"/>
        <source>Own records</source>
        <translation>本人记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="34"/>
        <source>Own department</source>
        <translation>本部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="35"/>
        <source>Department and sub-departments</source>
        <translation>本部门及下级部门</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="36"/>
        <source>Positions below mine</source>
        <translation>下级岗位</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="37"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="49"/>
        <source>Private</source>
        <translation>私有</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="50"/>
        <source>Everyone may read</source>
        <translation>所有人可读</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/catalog.py" line="51"/>
        <source>Everyone may read and edit</source>
        <translation>所有人可读写</translation>
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
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="209"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="209"/>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="211"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="212"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="213"/>
        <source>Form of address</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="214"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="215"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="216"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="217"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="218"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="219"/>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="220"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="224"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="224"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="224"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="227"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="228"/>
        <source>No birthday</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/contact_dialog.py" line="229"/>
        <source>This is the main person to contact</source>
        <translation>设为该客户的主联系人</translation>
    </message>
</context>
<context>
    <name>CustomerDetailView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="218"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="219"/>
        <source>This customer has changes that are not saved. Discard them?</source>
        <translation>该客户有未保存的修改，是否放弃？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="344"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="345"/>
        <source>Fill in the fields and press Save.</source>
        <translation>请填写各项信息，然后单击“保存”。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="347"/>
        <source>No customer selected</source>
        <translation>未选择客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="348"/>
        <source>Choose a customer in the list, or press New to enter one.</source>
        <translation>请在列表中选择客户，或单击“新建”录入新客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="351"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="354"/>
        <source>Type: {type}    Grade: {grade}    Owner: {owner}</source>
        <translation>客户类型：{type}    客户等级：{grade}    负责人：{owner}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="364"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="402"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="404"/>
        <source>Contacts ({count})</source>
        <translation>联系人（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="405"/>
        <source>Contact history ({count})</source>
        <translation>联系记录（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="407"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="408"/>
        <source>Contact history</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="417"/>
        <source>Save the customer first.</source>
        <translation>请先保存客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="470"/>
        <source>Delete customer</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="471"/>
        <source>Delete the customer “{name}”? It moves to the recycle bin.</source>
        <translation>确定删除客户“{name}”吗？删除后将移入回收站。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="500"/>
        <source>Record information</source>
        <translation>记录信息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="502"/>
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
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="533"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="534"/>
        <source>Delete the contact “{name}”?</source>
        <translation>确定删除联系人“{name}”吗？</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="571"/>
        <source>Reload this customer from the database</source>
        <translation>从数据库重新加载该客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="572"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="573"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="574"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="575"/>
        <source>Add record…</source>
        <translation>添加联系记录…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="578"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="579"/>
        <source>Address as</source>
        <translation>称谓</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="580"/>
        <source>Job title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="581"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="582"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="583"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="584"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="585"/>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="590"/>
        <source>When</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="591"/>
        <source>Kind</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="592"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="593"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="594"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="595"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/detail_view.py" line="596"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="275"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="276"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="277"/>
        <source>Kind</source>
        <translation>客户性质</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="278"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="279"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="280"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="281"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="282"/>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="283"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="284"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="285"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="286"/>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="287"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="288"/>
        <source>Postcode</source>
        <translation>邮编</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="289"/>
        <source>Needs</source>
        <translation>客户需求</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="290"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="297"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="298"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="303"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="307"/>
        <source>Company or person name</source>
        <translation>企业或个人名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="308"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="309"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/customer_form.py" line="310"/>
        <source>What the customer is looking for</source>
        <translation>客户需要什么产品或服务</translation>
    </message>
</context>
<context>
    <name>CustomerListView</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="213"/>
        <source>The list could not be loaded: {error}</source>
        <translation>无法加载列表：{error}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="220"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="222"/>
        <source>1 customer loaded</source>
        <translation>已加载1个客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="224"/>
        <source>%n customers loaded</source>
        <translation>
            <numerusform>已加载%n个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="226"/>
        <source>%n customers loaded; scroll down for more</source>
        <translation>
            <numerusform>已加载%n个客户，向下滚动可加载更多</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="229"/>
        <source>Search name, phone…</source>
        <translation>搜索名称、电话…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="233"/>
        <source>Finds customers whose name, short name, phone or mobile contains the text</source>
        <translation>查找客户名称、简称、电话或手机中包含所输文字的客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="235"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/list_view.py" line="236"/>
        <source>Only my customers</source>
        <translation>只看我的客户</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="305"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="314"/>
        <source>{name} (short name: {short})</source>
        <translation>{name}（简称：{short}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="316"/>
        <source>Phone: {phone}
Mobile: {mobile}</source>
        <translation>电话：{phone}
手机：{mobile}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="318"/>
        <source>No owner: anyone may claim this customer from the public pool.</source>
        <translation>无负责人：任何人都可以从公海领取该客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="331"/>
        <source>Click to sort by name</source>
        <translation>单击按客户名称排序</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="333"/>
        <source>Click to sort by creation date, newest first</source>
        <translation>单击按创建时间排序，最新的在前</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="338"/>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="339"/>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="340"/>
        <source>Grade</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="341"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="342"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="343"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="344"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="345"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/models/customer_table_model.py" line="346"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="119"/>
        <source>Customers: help</source>
        <translation>客户档案帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="123"/>
        <source>The customer archive lists the customers you may see.

Type in the search box to find customers by name, short name, phone or mobile; narrow the list by customer type or to your own customers. Click the Name or Created column header to sort.

Select a customer to see the details, contacts and contact history. New (Ctrl+N) starts an empty form, Save (Ctrl+S) stores your changes, Delete moves the customer to the recycle bin, Info (Ctrl+I) shows when the record was created and last changed. Query &amp; Report (Ctrl+F) jumps to the search box; F5 reloads the list.

Fields marked with * must be filled in. If someone else changed the customer while you were editing, your input is kept: reload the record to see their changes, then apply yours again.</source>
        <translation>客户档案列出您有权查看的客户。

在搜索框中输入文字，可按客户名称、简称、电话或手机查找客户；也可按客户类型筛选，或只显示自己的客户。单击“客户名称”或“创建时间”列标题可排序。

选择客户即可查看其详细信息、联系人和联系记录。新建（Ctrl+N）打开空白表单，保存（Ctrl+S）保存您的修改，删除将客户移入回收站，信息（Ctrl+I）显示记录的创建时间和最后修改时间。查询报表（Ctrl+F）跳转到搜索框；F5刷新列表。

标有*的字段为必填项。如果在您编辑期间其他人修改了该客户，您的输入会保留：请重新加载记录查看对方的修改，然后再次应用您的修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/page.py" line="136"/>
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
    <name>Errors</name>
    <message>
        <location filename="../../crm_desktop/app.py" line="71"/>
        <location filename="../../crm_desktop/ui/errors.py" line="33"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/access.py" line="29"/>
        <source>You do not have permission for this operation ({module}: {operation}).</source>
        <translation>您没有执行此操作的权限（{module}：{operation}）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/access.py" line="32"/>
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
        <location filename="../../crm_desktop/services/auth.py" line="203"/>
        <location filename="../../crm_desktop/services/auth.py" line="237"/>
        <source>The new password must have at least 8 characters.</source>
        <translation>新密码至少需要8个字符。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="205"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="207"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="211"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/common.py" line="15"/>
        <source>This is the last active administrator: the change would leave nobody able to administer the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/common.py" line="18"/>
        <location filename="../../crm_desktop/services/auth.py" line="235"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="79"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="119"/>
        <location filename="../../crm_desktop/services/validation.py" line="13"/>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="243"/>
        <source>This user name is already taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/auth.py" line="255"/>
        <source>There is no such role.</source>
        <translation>该角色不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="108"/>
        <source>The birthday lies in the future.</source>
        <translation>生日不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="133"/>
        <location filename="../../crm_desktop/services/contacts.py" line="154"/>
        <location filename="../../crm_desktop/services/contacts.py" line="183"/>
        <location filename="../../crm_desktop/services/customer_notes.py" line="151"/>
        <location filename="../../crm_desktop/services/customers.py" line="190"/>
        <location filename="../../crm_desktop/services/messages.py" line="115"/>
        <location filename="../../crm_desktop/services/tasks.py" line="134"/>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="178"/>
        <source>Choose a role from the list.</source>
        <translation>请从列表中选择角色。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/contacts.py" line="200"/>
        <source>Choose another contact of this customer.</source>
        <translation>请选择该客户的其他联系人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customers.py" line="208"/>
        <source>Choose enterprise or individual.</source>
        <translation>请选择企业或个人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/demo.py" line="39"/>
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
        <location filename="../../crm_desktop/services/messages.py" line="53"/>
        <source>Choose at least one recipient.</source>
        <translation>请至少选择一个收件人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/messages.py" line="64"/>
        <source>A recipient no longer has an account.</source>
        <translation>有收件人的账号已不存在。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="36"/>
        <source>A task in this state cannot be changed like that.</source>
        <translation>任务处于当前状态，不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="103"/>
        <source>Choose who does the task.</source>
        <translation>请选择执行人。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="105"/>
        <source>Choose a priority.</source>
        <translation>请选择优先级。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="110"/>
        <source>This person cannot receive tasks.</source>
        <translation>此人不能接收任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="150"/>
        <source>Give a reason for rejecting the task.</source>
        <translation>请填写拒绝任务的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/tasks.py" line="192"/>
        <source>Only the assignee or the creator may change this task.</source>
        <translation>只有执行人或发起人可以修改此任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_notes.py" line="49"/>
        <source>The file “{name}” has {size} MB; attachments may have at most {limit} MB.</source>
        <translation>文件“{name}”有 {size} MB，附件最大不能超过 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/customer_notes.py" line="82"/>
        <location filename="../../crm_desktop/services/validation.py" line="14"/>
        <source>At most {max} characters (now {length}).</source>
        <translation>最多{max}个字符（当前{length}个）。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="15"/>
        <source>This is not a valid e-mail address.</source>
        <translation>电子邮箱地址格式不正确。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/validation.py" line="16"/>
        <source>A phone number may contain only digits, spaces, + - ( ) and an extension.</source>
        <translation>电话号码只能包含数字、空格、加号、减号、括号和分机号。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/duplicates.py" line="125"/>
        <source>A similar customer already exists. Check the candidates before saving.</source>
        <translation>已存在相似的客户，请先核对疑似重复的客户再保存。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/ownership.py" line="47"/>
        <source>That person does not exist or has left.</source>
        <translation>该人员不存在或已离职。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="123"/>
        <source>Enter zero or a positive number.</source>
        <translation>请输入0或正数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="139"/>
        <source>Enter a number of days of 1 or more.</source>
        <translation>请输入不小于1的天数。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="158"/>
        <source>You own {owned} customers and may own at most {limit}. Return customers to the pool before claiming {count} more.</source>
        <translation>您已拥有{owned}个客户，最多可拥有{limit}个。请先将部分客户退回公海，再领取这{count}个客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="171"/>
        <source>Someone else claimed this customer a moment ago; nothing was claimed.</source>
        <translation>该客户刚刚已被他人领取，本次未领取任何客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="184"/>
        <source>Say why the customer goes back to the pool.</source>
        <translation>请填写将客户退回公海的原因。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/pool.py" line="191"/>
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
        <location filename="../../crm_desktop/services/recycle_bin.py" line="83"/>
        <source>This customer is not in your recycle bin.</source>
        <translation>该客户不在您的回收站中。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/errors.py" line="28"/>
        <source>Something went wrong: {detail}</source>
        <translation>出现错误：{detail}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="19"/>
        <source>A node cannot be moved below itself or below one of its own children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="20"/>
        <source>“{name}” still has {count} people. Move them elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="21"/>
        <source>“{name}” still has sub-entries. Move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/admin/org.py" line="22"/>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="124"/>
        <source>{title} (due {due})</source>
        <translation>{title}（{due}截止）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="129"/>
        <source>No open tasks.</source>
        <translation>没有未完成的任务。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="132"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="134"/>
        <source>{sender}: {subject}</source>
        <translation>{sender}：{subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="137"/>
        <source>No unread messages.</source>
        <translation>没有未读消息。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="142"/>
        <source>{date}  {customer}: {step}</source>
        <translation>{date}  {customer}：{step}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="150"/>
        <source>No follow-ups due in the next seven days.</source>
        <translation>未来七天内没有需要跟进的客户。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="159"/>
        <source>Welcome, {name}</source>
        <translation>欢迎您，{name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="162"/>
        <source>{date} · Station: {station}</source>
        <translation>{date} · 站点：{station}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="164"/>
        <source>My open tasks</source>
        <translation>我的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="165"/>
        <source>Unread messages</source>
        <translation>未读消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="166"/>
        <source>Customer follow-ups due</source>
        <translation>待跟进客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="167"/>
        <source>Open the customer archive</source>
        <translation>打开客户档案</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/home/home_page.py" line="168"/>
        <source>Refresh</source>
        <translation>刷新</translation>
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
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="174"/>
        <source>New contact record</source>
        <translation>新建联系记录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="176"/>
        <source>Kind</source>
        <translation>联系类型</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="177"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="178"/>
        <source>When</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="179"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="180"/>
        <source>What was said</source>
        <translation>沟通内容</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="181"/>
        <source>Next step</source>
        <translation>下一步计划</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="182"/>
        <source>Next date</source>
        <translation>下次联系日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="186"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="187"/>
        <source>No follow-up date</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/modules/customers/interaction_dialog.py" line="188"/>
        <source>For example: asked for a quote for two printers</source>
        <translation>例如：客户询问两台打印机的报价</translation>
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
        <location filename="../../crm_desktop/ui/login_dialog.py" line="143"/>
        <source>Connecting to the database…</source>
        <translation>正在连接数据库…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="159"/>
        <source>Opening the database (the first start prepares the demo company)…</source>
        <translation>正在打开数据库（首次启动时将准备演示公司数据）…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="180"/>
        <source>Use “Change…” to choose another database.</source>
        <translation>请单击“更改…”选择其他数据库。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="206"/>
        <source>Enter your user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="210"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="277"/>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="284"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="278"/>
        <source>Customer relationship management</source>
        <translation>客户关系管理系统</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="279"/>
        <source>Log in with the user name and password your administrator gave you.</source>
        <translation>请使用管理员为您分配的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="280"/>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="292"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="281"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="282"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="283"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="285"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="286"/>
        <source>Demo accounts</source>
        <translation>演示账号</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="288"/>
        <source>This is the demo company. Every demo account uses the password {password}.</source>
        <translation>当前为演示公司，所有演示账号的密码均为{password}。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="292"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/login_dialog.py" line="292"/>
        <source>Station</source>
        <translation>站点</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="203"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="203"/>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="229"/>
        <source>Choose a module on the left. Every record screen has the same toolbar: New, Save, Delete, Query &amp; Report, Info and Help. The quick panel on the right (F9) holds your tasks, messages and business log.</source>
        <translation>请在左侧选择模块。每个记录界面都有相同的工具栏：新建、保存、删除、查询报表、信息和帮助。右侧的快捷面板（F9）中有您的任务、消息和事务日志。</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="238"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="239"/>
        <source>Customer relationship management, version {version}
Database: {engine}</source>
        <translation>客户关系管理系统，版本{version}
数据库：{engine}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="278"/>
        <source>Customer relationship management — {station} — {user}</source>
        <translation>客户关系管理系统 — {station} — {user}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>&amp;File</source>
        <translation>文件管理(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="284"/>
        <source>&amp;System settings</source>
        <translation>系统设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="286"/>
        <source>Customer &amp;archive</source>
        <translation>客户档案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="287"/>
        <source>&amp;Business</source>
        <translation>事务管理(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="288"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="302"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="289"/>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Log in again…</source>
        <translation>重新登录(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="291"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="292"/>
        <source>&amp;Preferences…</source>
        <translation>个人设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="293"/>
        <source>&amp;Quick panel</source>
        <translation>快捷面板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Task manager</source>
        <translation>任务管理器(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="298"/>
        <source>&amp;Message manager</source>
        <translation>信息管理器(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="298"/>
        <source>Business &amp;log</source>
        <translation>事务日志(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="303"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
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
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="179"/>
        <source>Sent {time}</source>
        <translation>发送时间：{time}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="188"/>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="188"/>
        <source>System notice</source>
        <translation>系统通知</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="190"/>
        <source>From {sender}</source>
        <translation>发件人：{sender}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="246"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="247"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="248"/>
        <source>New message…</source>
        <translation>新建消息…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/messages_tab.py" line="249"/>
        <source>Select a message to read it.</source>
        <translation>选择一条消息以查看内容。</translation>
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
    <name>QuickPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="147"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="149"/>
        <source>Tasks ({count})</source>
        <translation>任务（{count}）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="150"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="152"/>
        <source>Messages ({count} unread)</source>
        <translation>消息（{count}条未读）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="155"/>
        <source>Business log</source>
        <translation>事务日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="156"/>
        <source>Task manager: open tasks for me</source>
        <translation>任务管理器：我的未完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="157"/>
        <source>Message manager</source>
        <translation>信息管理器</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="158"/>
        <source>My work diary</source>
        <translation>我的工作日志</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/panel.py" line="161"/>
        <source>Quick panel</source>
        <translation>快捷面板</translation>
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
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="121"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="122"/>
        <source>Title *</source>
        <translation>标题 *</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="123"/>
        <source>Assign to</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="124"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="125"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="126"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="127"/>
        <source>Description</source>
        <translation>任务说明</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="128"/>
        <source>What is to be done</source>
        <translation>需要完成的工作</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/task_dialog.py" line="129"/>
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
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="206"/>
        <source>Complete task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="206"/>
        <source>Result (optional):</source>
        <translation>处理结果（选填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="213"/>
        <source>Reject task</source>
        <translation>拒绝任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="213"/>
        <source>Why do you reject this task? (required)</source>
        <translation>拒绝原因（必填）：</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="271"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="272"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="277"/>
        <source>(overdue)</source>
        <translation>（已逾期）</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="279"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="280"/>
        <source>From</source>
        <translation>发起人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="281"/>
        <source>To</source>
        <translation>执行人</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="283"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="284"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="286"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="295"/>
        <source>Reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="295"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="300"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="301"/>
        <source>Assigned by me</source>
        <translation>我分派的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="302"/>
        <source>Show finished</source>
        <translation>显示已结束</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="303"/>
        <source>Also list done and rejected tasks</source>
        <translation>同时列出已完成和已拒绝的任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="304"/>
        <source>New task…</source>
        <translation>新建任务…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="305"/>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="306"/>
        <source>Confirm that you have received the task</source>
        <translation>确认已接收该任务</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="307"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="308"/>
        <source>Mark the task as in progress</source>
        <translation>将任务标记为进行中</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="309"/>
        <source>Complete…</source>
        <translation>完成…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="310"/>
        <source>Mark the task as done, with an optional result</source>
        <translation>将任务标记为已完成，可填写处理结果</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="311"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="312"/>
        <source>Decline the task, giving a reason</source>
        <translation>拒绝任务并填写原因</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/quick_panel/tasks_tab.py" line="313"/>
        <source>Select a task to see its details.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
</context>
</TS>
