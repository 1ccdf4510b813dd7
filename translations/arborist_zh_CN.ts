<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Arborist::AboutDialog</name>
    <message>
        <location filename="../src/widgets/aboutdialog.cpp" line="+21"/>
        <source>About Arborist</source>
        <translation>关于 Arborist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A desktop workstation for collecting conversation data to train chat models: write prompts and replies, label messages, rank replies, and export the finished trees in the Open-Assistant format.</source>
        <translation>一款桌面工作站，用于收集训练聊天模型所需的对话数据：撰写提示和回复、标注消息、对回复排序，并以 Open-Assistant 格式导出已完成的对话树。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Arborist is free software under the MIT License:</source>
        <translation>Arborist 是基于 MIT 许可证发布的自由软件：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public License version 3 (LGPLv3); Arborist links it dynamically, so its Qt libraries can be replaced. See &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;.</source>
        <translation>构建于 Qt %1，运行于 Qt %2。Qt 依据 GNU 宽通用公共许可证第 3 版（LGPLv3）使用；Arborist 以动态方式链接 Qt，因此其 Qt 库可以替换。详见 &lt;a href=&quot;https://www.qt.io/licensing/&quot;&gt;qt.io/licensing&lt;/a&gt;。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Arborist::ConnectPage</name>
    <message>
        <location filename="../src/widgets/connectpage.cpp" line="+36"/>
        <source>Open a database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+327"/>
        <source>Recent connections…</source>
        <translation>最近的连接…</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>&amp;This computer (the embedded database)</source>
        <translation>本机（内嵌数据库）(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database &amp;file</source>
        <translation>数据库文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Postgre&amp;SQL server (a team&apos;s database)</source>
        <translation>PostgreSQL 服务器（团队数据库）(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your own database in %1.</source>
        <translation>你自己的数据库，位于 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/path/to/team.db</source>
        <translation>数据库文件的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open an Arborist database</source>
        <translation>打开 Arborist 数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arborist databases (*.db *.sqlite);;All files (*)</source>
        <translation>Arborist 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>never stored</source>
        <translation>不会被保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prefer TLS</source>
        <translation>优先使用 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require TLS</source>
        <translation>要求 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>require TLS and verify the server (verify-full)</source>
        <translation>要求 TLS 并验证服务器（verify-full）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no TLS</source>
        <translation>不使用 TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate file, for verify-full</source>
        <translation>CA 证书文件，用于 verify-full</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security:</source>
        <translation>安全连接：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file:</source>
        <translation>CA 文件：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Who are you:</source>
        <translation>你是谁(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working language:</source>
        <translation>工作语言(&amp;W)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the database file first.</source>
        <translation>请先选择数据库文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the host, the database and the user.</source>
        <translation>请填写主机、数据库和用户。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This database has no users yet. An admin adds them with `arborist-cli user add NAME`.</source>
        <translation>此数据库还没有用户。管理员可以用 `arborist-cli user add NAME` 添加用户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected. Choose who you are.</source>
        <translation>已连接。请选择你是谁。</translation>
    </message>
</context>
<context>
    <name>Arborist::ConversationTreeModel</name>
    <message>
        <location filename="../src/models/conversationtreemodel.cpp" line="+124"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardPage</name>
    <message>
        <location filename="../src/widgets/dashboardpage.cpp" line="+73"/>
        <source>0  I&apos;m feeling lucky: any task</source>
        <translation>0  手气不错：任意任务</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hello, %1. What would you like to do?</source>
        <translation>你好，%1。你想做什么？</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The task counts could not be read: %1</source>
        <translation>无法读取任务数量：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个待处理</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to do</source>
        <translation>暂无任务</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>0  I&apos;m feeling lucky: any of %n task(s)</source>
        <translation>
            <numerusform>0  手气不错：从 %n 个任务中随机选一个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0  I&apos;m feeling lucky: nothing to do right now</source>
        <translation>0  手气不错：当前没有任务</translation>
    </message>
</context>
<context>
    <name>Arborist::DashboardWindow</name>
    <message>
        <location filename="../src/widgets/dashboardwindow.cpp" line="+96"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Team dashboard</source>
        <translation>团队统计面板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>applies to tasks and annotators; trees, labels and agreement cover all time</source>
        <translation>仅作用于任务和标注员；对话树、标签和一致性始终按全部时间统计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every figure again (F5)</source>
        <translation>重新读取所有数据（F5）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trees by state and language</source>
        <translation>对话树（按状态和语言）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+555"/>
        <source>Tasks done per day, by type</source>
        <translation>每日完成的任务（按类型）</translation>
    </message>
    <message>
        <location line="-529"/>
        <source>Double-click an annotator to browse the trees they wrote in.</source>
        <translation>双击标注员，可浏览其参与撰写的对话树。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annotators</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most tasks done</source>
        <translation>完成任务最多</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Yes/no labels and flags: how often each answer was given</source>
        <translation>是/否标签与标记：各答案出现的次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ratings: how often each step was given (1 = lowest, 5 = highest)</source>
        <translation>评分：各档出现的次数（1 = 最低，5 = 最高）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Double-click a label to browse the trees where its annotators disagree.</source>
        <translation>双击标签，可浏览标注员对该标签意见不一的对话树。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreement on labels: Krippendorff&apos;s alpha</source>
        <translation>标签一致性：Krippendorff α</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreement on rankings: Kendall&apos;s W per sibling group</source>
        <translation>排序一致性：各同级回复组的 Kendall W</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnotators</source>
        <translation>标注员(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;greement</source>
        <translation>一致性(&amp;G)</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+132"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this chart as an image, or its figures as a CSV file</source>
        <translation>将此图表保存为图片，或将其数据保存为 CSV 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as &amp;PNG…</source>
        <translation>保存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save data as &amp;CSV…</source>
        <translation>将数据保存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Press &lt;b&gt;Try again&lt;/b&gt; or F5; if it keeps failing, check the connection to the database (the main window&apos;s status bar shows which one is open).</source>
        <translation>请点击&lt;b&gt;重试&lt;/b&gt;或按 F5；如果仍然失败，请检查与数据库的连接（主窗口的状态栏显示当前打开的是哪个数据库）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in as a lead or an admin to see the dashboard.</source>
        <translation>请以组长或管理员身份登录以查看统计面板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press &lt;b&gt;Try again&lt;/b&gt; or F5.</source>
        <translation>请点击&lt;b&gt;重试&lt;/b&gt;或按 F5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The figures could not be read.&lt;/b&gt; %1&lt;br&gt;%2</source>
        <translation>&lt;b&gt;无法读取统计数据。&lt;/b&gt;%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No figures to show.</source>
        <translation>没有可显示的数据。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Showing the figures read before</source>
        <translation>显示的是上次读取的数据</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>all time</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 365 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 90 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 30 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last 7 days</source>
        <comment>the period, in brackets at the end of the summary line</comment>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &amp;nbsp;·&amp;nbsp; %2, %3 and %4 (%5)</source>
        <comment>trees · tasks, messages and annotators (period)</comment>
        <translation>%1 &amp;nbsp;·&amp;nbsp; %2，%3，%4（%5）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; trees</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 棵对话树</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; tasks done</source>
        <translation>
            <numerusform>完成 &lt;b&gt;%Ln&lt;/b&gt; 项任务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; messages written</source>
        <translation>
            <numerusform>撰写 &lt;b&gt;%Ln&lt;/b&gt; 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;%Ln&lt;/b&gt; annotators at work</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; 名标注员参与</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+66"/>
        <source>Other languages</source>
        <translation>其他语言</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Trees in state %1, language %2: %3</source>
        <translation>状态为“%1”、语言为 %2 的对话树：%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trees in state %1, other languages (%2): %3</source>
        <translation>状态为“%1”、其他语言（%2）的对话树：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trees in state %1: %2</source>
        <translation>状态为“%1”的对话树：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No trees yet: they appear here once a prompt is written or imported.</source>
        <translation>尚无对话树：撰写或导入提示后，对话树会显示在这里。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to browse them.</source>
        <translation>点击可浏览这些对话树。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Week from</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+162"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Total done</source>
        <translation>完成总数</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2: %3 done</source>
        <translation>%1 · %2：完成 %3 项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 skipped</source>
        <translation>%1：跳过 %2 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 done</source>
        <translation>%1：完成 %2 项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No task was finished in this period.</source>
        <translation>此时间段内没有完成任何任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks done per week, by type</source>
        <translation>每周完成的任务（按类型）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>week (from Monday)</source>
        <translation>周（自周一起）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>day</source>
        <translation>日</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Click to browse the trees of these tasks.</source>
        <translation>点击可浏览这些任务所在的对话树。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+93"/>
        <source>tasks done</source>
        <translation>完成任务数</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks done</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+197"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Accepted</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted %</source>
        <translation>通过率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Median time per task</source>
        <translation>每项任务用时中位数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Double-click to browse the trees %1 wrote in.</source>
        <translation>双击可浏览 %1 参与撰写的对话树。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Accepted: %1 of %2 decided; still under review: %3</source>
        <translation>通过：已判定 %2 条，其中通过 %1 条；仍在审核中：%3 条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No message of theirs has been decided yet.</source>
        <translation>此人的消息尚无判定结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Half of their tasks took less, half took more (from receiving a task to finishing it).</source>
        <translation>一半任务用时短于此值，一半长于此值（从领取任务到完成任务）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>They finished no task in this period.</source>
        <translation>此人在此时间段内未完成任何任务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody finished a task or wrote a message in this period.</source>
        <translation>此时间段内没有人完成任务或撰写消息。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody finished a task in this period.</source>
        <translation>此时间段内没有人完成任务。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — tasks done: %2</source>
        <translation>%1 — 完成任务：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to browse the trees they wrote in.</source>
        <translation>点击可浏览此人参与撰写的对话树。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <location line="+104"/>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Given</source>
        <translation>总次数</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Yes %</source>
        <translation>“是”占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean (1–5)</source>
        <translation>平均值（1–5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 — %3 of %4 (%5)</source>
        <translation>%1：%2 — %4 次中占 %3 次（%5）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No rating has been given yet.</source>
        <translation>尚未给出任何评分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No yes/no label or flag has been given yet.</source>
        <translation>尚未给出任何是/否标签或标记。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Click to browse the trees of these messages.</source>
        <translation>点击可浏览这些消息所在的对话树。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>share of the ratings given (how many in brackets)</source>
        <translation>各档评分所占比例（括号内为次数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>share of the answers given (how many in brackets)</source>
        <translation>各答案所占比例（括号内为次数）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Metric</source>
        <translation>度量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alpha</source>
        <translation>α</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>取值数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ordinal</source>
        <translation>定序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interval</source>
        <translation>定距</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio</source>
        <translation>定比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nominal</source>
        <translation>定类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undefined: no message has two annotators&apos; values yet</source>
        <translation>无定义：尚无消息同时有两名标注员的取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undefined: everyone gave the same value</source>
        <translation>无定义：所有人给出的值都相同</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reliable (0.8 or more)</source>
        <translation>可靠（0.8 及以上）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tentative (0.667 to 0.8)</source>
        <translation>初步可信（0.667 至 0.8）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low (under 0.667)</source>
        <translation>偏低（低于 0.667）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators</source>
        <translation>
            <numerusform>%1：α = %2，%3度量，基于 %Ln 条由两名及以上标注员标注的消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%Ln values).</source>
        <translation>
            <numerusform>（共 %Ln 个取值）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alpha needs messages that two or more annotators labelled.</source>
        <translation>计算 α 需要有两名及以上标注员标注过的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every annotator gave the same value, so there is no variation to agree about: alpha cannot tell agreement from chance.</source>
        <translation>所有标注员给出的值都相同，不存在可供衡量一致性的差异：α 无法区分一致与偶然。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 is full agreement, 0 what chance alone would give.</source>
        <translation>1 表示完全一致，0 表示仅相当于偶然水平。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No label has been given yet.</source>
        <translation>尚未给出任何标签。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Krippendorff&apos;s alpha</source>
        <translation>Krippendorff α</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click to browse the trees where its annotators disagree.</source>
        <translation>点击可浏览标注员对该标签意见不一的对话树。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>alpha (1 = full agreement, 0 = chance)</source>
        <translation>α（1 = 完全一致，0 = 偶然水平）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kendall&apos;s W</source>
        <translation>Kendall W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>下限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>上限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sibling groups</source>
        <translation>同级回复组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>W %1 — sibling groups: %2</source>
        <translation>W %1 — 同级回复组：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sibling groups ranked by two or more annotators: &lt;b&gt;%1&lt;/b&gt; · median W &lt;b&gt;%2&lt;/b&gt; · rankings behind them: %3</source>
        <translation>由两名及以上标注员排序的同级回复组：&lt;b&gt;%1&lt;/b&gt; · W 中位数 &lt;b&gt;%2&lt;/b&gt; · 涉及的排序：%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>groups without a W (ranked by fewer than two, or every ranker tied): %1</source>
        <translation>无 W 值的组（排序者不足两名，或所有排序者都将其全部并列）：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No sibling group has a W yet. Groups ranked by fewer than two annotators (or with every ranker tying them all): %1.</source>
        <translation>尚无同级回复组得出 W 值。排序者不足两名（或所有排序者都将其全部并列）的组：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No sibling group has been ranked by two or more annotators yet.</source>
        <translation>尚无由两名及以上标注员排序的同级回复组。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Click to browse the trees of these groups.</source>
        <translation>点击可浏览这些组所在的对话树。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kendall&apos;s W (0 = no agreement, 1 = every ranker gave the same order)</source>
        <translation>Kendall W（0 = 毫无一致，1 = 所有排序者给出的顺序相同）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sibling groups</source>
        <translation>同级回复组</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>the chart has no size yet</source>
        <translation>图表尚无尺寸</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Could not save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save “%1” as PNG</source>
        <translation>将“%1”保存为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Save the data of “%1” as CSV</source>
        <translation>将“%1”的数据保存为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Arborist::EngineClient</name>
    <message>
        <location filename="../src/engine/engineclient.cpp" line="+90"/>
        <source>No database is open.</source>
        <translation>未打开任何数据库。</translation>
    </message>
</context>
<context>
    <name>Arborist::LabelEditor</name>
    <message>
        <location filename="../src/widgets/labeleditor.cpp" line="+162"/>
        <source>Comment for the team (optional)</source>
        <translation>给团队的备注（可选）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Answer &quot;%1&quot; first.</source>
        <translation>请先回答“%1”。</translation>
    </message>
</context>
<context>
    <name>Arborist::LabelRow</name>
    <message>
        <location line="-200"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Yes [Y]</source>
        <translation>是 [Y]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No [N]</source>
        <translation>否 [N]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Applies [Space]</source>
        <translation>符合 [Space]</translation>
    </message>
</context>
<context>
    <name>Arborist::MainWindow</name>
    <message>
        <location filename="../src/widgets/mainwindow.cpp" line="+31"/>
        <source>Arborist</source>
        <translation>Arborist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arborist will use the new language from its next start.</source>
        <translation>Arborist 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Dashboard…</source>
        <translation>统计面板(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse trees…</source>
        <translation>浏览对话树(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workflow &amp;settings…</source>
        <translation>工作流设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users…</source>
        <translation>用户(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Arborist</source>
        <translation>关于 Arborist(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 · %2 · language %3</source>
        <translation>%1 · %2 · 语言 %3</translation>
    </message>
</context>
<context>
    <name>Arborist::MessageNode</name>
    <message>
        <location filename="../src/models/messagenode.cpp" line="+77"/>
        <source>Prompter</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accepted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rejected</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in review (%n review(s))</source>
        <translation>
            <numerusform>审核中（%n 次审核）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Arborist::Oasst</name>
    <message>
        <location filename="../src/core/oasst.cpp" line="+50"/>
        <source>message_id must be a non-empty string.</source>
        <translation>message_id 必须是非空字符串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a message</source>
        <translation>某条消息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 must be a string.</source>
        <translation>%1：%2 必须是字符串。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 must be true or false.</source>
        <translation>%1：%2 必须是 true 或 false。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: created_date &quot;%2&quot; is not an ISO 8601 date.</source>
        <translation>%1：created_date “%2” 不是 ISO 8601 日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has no text.</source>
        <translation>%1 缺少文本（text 字段）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has an empty text.</source>
        <translation>%1 的文本为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: its text contains a NUL character (\u0000), which a database cannot store.</source>
        <translation>%1：文本中含有 NUL 字符（\u0000），数据库无法存储。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: role must be &quot;prompter&quot; or &quot;assistant&quot;.</source>
        <translation>%1：role 必须是 &quot;prompter&quot; 或 &quot;assistant&quot;。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: review_count must be a whole number, 0 or more.</source>
        <translation>%1：review_count 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: rank must be a whole number, 0 or more.</source>
        <translation>%1：rank 必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: emojis must be an object.</source>
        <translation>%1：emojis 必须是对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: emojis has %2 names but %3 counts.</source>
        <translation>%1：emojis 有 %2 个名称，却有 %3 个计数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: emojis must pair names with counts of 0 or more.</source>
        <translation>%1：emojis 必须将名称与大于或等于 0 的计数一一对应。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the count of emoji %2 must be a whole number, 0 or more.</source>
        <translation>%1：表情 %2 的计数必须是大于或等于 0 的整数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: labels must be an object.</source>
        <translation>%1：labels 必须是对象。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: labels must have as many values and counts as names.</source>
        <translation>%1：labels 中取值和计数的个数必须与名称相同。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: each label needs a name, a number and a count of 1 or more.</source>
        <translation>%1：每个标签都需要名称、数值，以及大于或等于 1 的计数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: label %2 must be {&quot;value&quot;: number, &quot;count&quot;: 1 or more}.</source>
        <translation>%1：标签 %2 必须是 {&quot;value&quot;: number, &quot;count&quot;: 1 or more}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: events must be an object.</source>
        <translation>%1：events 必须是对象。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: ranked_message_ids must be strings.</source>
        <translation>%1：ranked_message_ids 必须是字符串。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a ranking event&apos;s ranking must be whole numbers.</source>
        <translation>%1：排序事件中的 ranking 必须是整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a ranking event lists no ranked_message_ids.</source>
        <translation>%1：排序事件未列出任何 ranked_message_ids。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: an emoji event names no emoji.</source>
        <translation>%1：表情事件未指明表情。</translation>
    </message>
</context>
<context>
    <name>Arborist::RankEditor</name>
    <message>
        <location filename="../src/widgets/rankeditor.cpp" line="+76"/>
        <source>None of these is acceptable</source>
        <translation>这些回复都不可接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best first. Ctrl+Up/Down or a digit moves the selected reply; C compares two.</source>
        <translation>最好的排在最前。按 Ctrl+Up/Down 或数字键移动选中的回复；按 C 对比两条回复。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>There is nothing to rank.</source>
        <translation>没有可排序的内容。</translation>
    </message>
</context>
<context>
    <name>Arborist::SettingsDialog</name>
    <message>
        <location filename="../src/widgets/settingsdialog.cpp" line="+42"/>
        <source>Workflow settings</source>
        <translation>工作流设置</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Double-click a value (or select it and type) to change it. Changes are checked at once, shown in bold until saved, and recorded in the audit log.</source>
        <translation>双击某个值（或选中后直接输入）即可修改。修改会立即校验，保存前以粗体显示，并记入审计日志。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was not changed: %2</source>
        <translation>%1 未修改：%2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>Arborist::SettingsModel</name>
    <message>
        <location filename="../src/models/settingsmodel.cpp" line="+68"/>
        <source>%1 (from %2 to %3)</source>
        <translation>%1（取值范围：%2 至 %3）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>Arborist::TaskPage</name>
    <message>
        <location filename="../src/widgets/taskpage.cpp" line="+51"/>
        <source>Loading the next task…</source>
        <translation>正在加载下一个任务…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guidelines</source>
        <translation>指南</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tree</source>
        <translation>对话树</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skip… (Ctrl+Shift+S)</source>
        <translation>跳过…（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit (Ctrl+Enter)</source>
        <translation>提交（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to tasks (Esc)</source>
        <translation>返回任务列表（Esc）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Leave this task?</source>
        <translation>离开此任务？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote for this task will be lost. Leave it anyway?</source>
        <translation>你为此任务撰写的内容将会丢失。仍要离开吗？</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <location line="+256"/>
        <source>Submitted. Sent in %n second(s) unless you undo.</source>
        <translation>
            <numerusform>已提交。将在 %n 秒后发送，在此之前可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Your unsent answer from %1 is back. Submit it when you are ready.</source>
        <translation>你在 %1 未发送的回答已恢复。准备好后即可提交。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An unsent answer belonged to a task that no longer exists; it was dropped.</source>
        <translation>有一份未发送的回答所属的任务已不存在，该回答已被丢弃。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An unsent answer could not be brought back (%1); it is kept in %2.</source>
        <translation>一份未发送的回答无法恢复（%1）；它保存在 %2 中。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No more tasks of this kind for now. %1</source>
        <translation>目前没有更多此类任务。%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any task</source>
        <translation>任意任务</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 Kept for you until %2.</source>
        <translation>%1此任务为你保留至 %2。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The tree could not be read: %1</source>
        <translation>无法读取对话树：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>*A new conversation: your prompt starts it.*</source>
        <translation>*新的对话：由你的提示开启。*</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the message to label</source>
        <translation>待标注的消息</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Copy your text if you want to keep it, then skip (Ctrl+Shift+S) to go on.</source>
        <translation>如需保留文本，请先复制，然后跳过（Ctrl+Shift+S）以继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer is still here; submit again when the database is back.</source>
        <translation>你的回答仍在这里；请在数据库恢复后重新提交。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your answer is still here; correct it and submit again.</source>
        <translation>你的回答仍在这里；请修改后重新提交。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved: %1 %2</source>
        <translation>未保存：%1%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;1 Not my expertise</source>
        <translation>&amp;1 不在我的专业范围内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;2 Unclear or broken</source>
        <translation>&amp;2 内容不清楚或有缺陷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;3 Inappropriate content</source>
        <translation>&amp;3 内容不当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;4 Other</source>
        <translation>&amp;4 其他</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skip this task?</source>
        <translation>跳过此任务？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you wrote for this task will be lost. Skip it anyway?</source>
        <translation>你为此任务撰写的内容将会丢失。仍要跳过吗？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The skip was not recorded: %1</source>
        <translation>未能记录跳过操作：%1</translation>
    </message>
</context>
<context>
    <name>Arborist::TransferDialog</name>
    <message>
        <location filename="../src/widgets/transferdialog.cpp" line="+27"/>
        <source>Import Open-Assistant data</source>
        <translation>导入 Open-Assistant 数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Open-Assistant data</source>
        <translation>导出 Open-Assistant 数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .jsonl or .jsonl.gz file</source>
        <translation>.jsonl 或 .jsonl.gz 文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>where to write (.jsonl, or .jsonl.gz to compress)</source>
        <translation>写入位置（.jsonl，或用 .jsonl.gz 进行压缩）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as Open-Assistant&apos;s importer did (prompts to the lottery, trees to ranking)</source>
        <translation>与 Open-Assistant 的导入器相同（提示进入抽签，对话树进入排序）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Messages that do not say count as &amp;synthetic</source>
        <translation>未注明是否合成的消息视为合成消息(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip &amp;bad lines and list them (otherwise the first bad line stops the import)</source>
        <translation>跳过错误行并列出（否则遇到第一个错误行即停止导入）(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import:&lt;file name&gt;</source>
        <translation>import:&lt;文件名&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees without a state:</source>
        <translation>无状态的对话树：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin recorded:</source>
        <translation>记录的来源：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished trees (%1)</source>
        <comment>%1: the state&apos;s name, Ready for export</comment>
        <translation>已完成的对话树（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every tree, whatever its state</source>
        <translation>所有对话树，不论状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every language</source>
        <translation>所有语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flat message rows (as oasst1/oasst2 on Hugging Face) instead of tree objects</source>
        <translation>扁平消息行（同 Hugging Face 上的 Open-Assistant 数据集），而非树对象(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include trees with &amp;synthetic messages</source>
        <translation>包含带有合成消息的对话树(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include messages not &amp;accepted by review</source>
        <translation>包含未通过审核的消息(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include &amp;deleted messages</source>
        <translation>包含已删除的消息(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a secret seed to replace ids and user ids (empty: keep them)</source>
        <translation>用于替换 ID 和用户 ID 的保密种子（留空：保留原 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trees:</source>
        <translation>对话树：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anonymize:</source>
        <translation>匿名化：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open-Assistant JSON Lines (*.jsonl *.jsonl.gz *.json);;All files (*)</source>
        <translation>Open-Assistant JSONL 文件 (*.jsonl *.jsonl.gz *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>Imported %n tree(s)</source>
        <translation>
            <numerusform>已导入 %n 棵对话树</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+27"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-27"/>
        <source>%n ranking(s)</source>
        <translation>
            <numerusform>%n 条排序</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 s.</source>
        <translation>（用时 %1 秒）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Exported %n tree(s)</source>
        <translation>
            <numerusform>已导出 %n 棵对话树</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 MB) in %2 s.</source>
        <translation>（%1 MB，用时 %2 秒）。</translation>
    </message>
</context>
<context>
    <name>Arborist::TransferProgress</name>
    <message>
        <location filename="../src/engine/importexport.cpp" line="+54"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowser</name>
    <message>
        <location filename="../src/widgets/treebrowser.cpp" line="+53"/>
        <source>halted the tree</source>
        <translation>暂停了对话树</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhalted the tree</source>
        <translation>取消了对话树的暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted the message</source>
        <translation>删除了消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undeleted the message</source>
        <translation>撤销了消息的删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edited the text</source>
        <translation>编辑了文本</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trees</source>
        <translation>对话树</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every state</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>words in the prompt</source>
        <translation>提示中的词语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>newest first</source>
        <translation>最新优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oldest first</source>
        <translation>最早优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>largest first</source>
        <translation>消息最多优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by state</source>
        <translation>按状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Halt tree…</source>
        <translation>暂停对话树(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unhalt…</source>
        <translation>取消暂停(&amp;U)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete message…</source>
        <translation>删除消息(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ndelete…</source>
        <translation>撤销删除(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit text…</source>
        <translation>编辑文本(&amp;E)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop the dashboard&apos;s filter and list every tree the filters above allow.</source>
        <translation>清除统计面板的筛选条件，列出上方筛选条件允许的所有对话树。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Halt the tree</source>
        <translation>暂停对话树</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unhalt the tree</source>
        <translation>取消暂停对话树</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete the message and everything below it</source>
        <translation>删除此消息及其下的所有内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undelete the message and everything below it</source>
        <translation>撤销删除此消息及其下的所有内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit the message</source>
        <translation>编辑消息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New text:</source>
        <translation>新文本：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why the edit</source>
        <translation>编辑原因</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Initial prompt review</source>
        <translation>初始提示审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Growing</source>
        <translation>生长中</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+209"/>
        <source>Ranking</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Ready for scoring</source>
        <translation>待评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for export</source>
        <translation>可导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scoring failed</source>
        <translation>评分失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aborted (low grade)</source>
        <translation>已中止（评分过低）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Halted by moderator</source>
        <translation>已暂停（审查）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog ranking</source>
        <translation>积压待排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt lottery waiting</source>
        <translation>等待提示抽签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>state %1</source>
        <translation>状态为“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language %1</source>
        <translation>语言为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a message by %1</source>
        <translation>含有 %1 撰写的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a “%1” task</source>
        <translation>“%1”任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 done since %2</source>
        <translation>含有自 %2 起完成的%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done on %2</source>
        <translation>含有 %2 完成的%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 done from %2 to %3</source>
        <translation>含有 %2 至 %3 期间完成的%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a message its annotators labelled “%1” differently</source>
        <translation>含有标注员对“%1”标注不一致的消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message labelled “%1: %2”</source>
        <translation>含有被标注为“%1：%2”的消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sibling replies ranked with Kendall&apos;s W from %1 to %2</source>
        <translation>含有 Kendall W 介于 %1 至 %2 之间的同级回复组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Showing trees with %1</source>
        <translation>显示符合以下条件的对话树：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Tree</source>
        <translation>对话树</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>State: %1 · language %2 · %Ln messages · by %3 · %4</source>
        <translation>
            <numerusform>状态：%1 · 语言 %2 · %Ln 条消息 · 作者 %3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Means: %1</source>
        <translation>平均值：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No annotator&apos;s labels are stored here.</source>
        <translation>此处未存储任何标注员的标签。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>report</source>
        <translation>举报</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consensus place: %1.</source>
        <translation>共识名次：第 %1 名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ranked.</source>
        <translation>未排序。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none acceptable</source>
        <translation>均不可接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place %1 of %2</source>
        <translation>第 %1 名（共 %2 条）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Emojis</source>
        <translation>表情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reason (kept in the audit log):</source>
        <translation>原因（将记入审计日志）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a tree or a message first.</source>
        <translation>请先选择一棵对话树或一条消息。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The tree was halted.</source>
        <translation>对话树已暂停。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The tree was unhalted.</source>
        <translation>对话树已取消暂停。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+11"/>
        <source>Choose a message first.</source>
        <translation>请先选择一条消息。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The message was deleted, with everything below it.</source>
        <translation>该消息及其下的所有内容已删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was undeleted.</source>
        <translation>该消息已撤销删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The message was edited.</source>
        <translation>该消息已编辑。</translation>
    </message>
</context>
<context>
    <name>Arborist::TreeBrowserModel</name>
    <message>
        <location filename="../src/models/treebrowsermodel.cpp" line="+362"/>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages</source>
        <translation>消息数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>Arborist::UsersDialog</name>
    <message>
        <location filename="../src/widgets/usersdialog.cpp" line="+33"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>new user&apos;s name</source>
        <translation>新用户名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set &amp;role</source>
        <translation>设置角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+53"/>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Only admins add users, change roles and disable users.</source>
        <translation>只有管理员可以添加用户、更改角色和停用用户。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selected user:</source>
        <translation>所选用户：</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Set %1&apos;s password</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Generate a password</source>
        <translation>生成密码(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type a password</source>
        <translation>输入密码(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Set password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the password in both fields.</source>
        <translation>请在两个输入框中都输入密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1&apos;s password was changed.</source>
        <translation>%1 的密码已更改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1&apos;s password</source>
        <translation>%1 的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 signs in with this password. It is shown only this once: copy it now and give it to them.</source>
        <translation>%1 使用此密码登录。它只显示这一次：请立即复制并交给 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Type the new user&apos;s name first.</source>
        <translation>请先输入新用户的名称。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 was added.</source>
        <translation>已添加 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1&apos;s role was changed.</source>
        <translation>已更改 %1 的角色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was enabled.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 was disabled.</source>
        <translation>已停用 %1。</translation>
    </message>
</context>
<context>
    <name>Arborist::UsersModel</name>
    <message>
        <location filename="../src/models/usersmodel.cpp" line="+42"/>
        <source>annotator</source>
        <translation>标注员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Arborist::WriteEditor</name>
    <message>
        <location filename="../src/widgets/writeeditor.cpp" line="+17"/>
        <source>Write here. Markdown is welcome: lists, **bold**, `code`, fenced code blocks.</source>
        <translation>在此撰写。支持 Markdown：列表、**粗体**、`代码`、围栏代码块。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write something first.</source>
        <translation>请先写点内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>文本共 %Ln 个字符，上限为 %1。请缩短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 / %Ln characters</source>
        <translation>
            <numerusform>%1 / %Ln 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/cli/cli.cpp" line="+209"/>
        <source>Missing %1.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>This command needs %1 %2.</source>
        <translation>此命令需要用 %1 %2。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 needs a value. See arborist-cli --help.</source>
        <translation>%1 需要一个值。请参阅 arborist-cli --help。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option %1. See arborist-cli --help.</source>
        <translation>未知选项 %1。请参阅 arborist-cli --help。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>数据库 %1 已是最新（架构版本 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initialized %1 (schema %2).</source>
        <translation>已初始化 %1（架构版本 %2）。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&quot;%1&quot; is not a role; use annotator, lead or admin.</source>
        <translation>“%1”不是有效的角色；请使用 annotator、lead 或 admin。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the new user&apos;s name</source>
        <translation>新用户的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added %1 (%2).</source>
        <translation>已添加 %1（%2）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>the user&apos;s name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>the role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <location line="+6"/>
        <location line="+6"/>
        <source>naming an admin</source>
        <translation>指明一名管理员</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>Usage: arborist-cli [--db URL] [--json] COMMAND ...

The command line of Arborist&apos;s workflow engine. Every command takes --db URL
(sqlite:///absolute/path.db or postgresql://user@host:5432/dbname?sslmode=require;
default: the embedded database %1). --json prints one JSON document.
Exit status: 0 done, 2 bad usage, 3 refused by the workflow, 1 any other failure.

Commands:
  init                                      create or migrate the schema (idempotent)
  server init                               PostgreSQL, as the tables&apos; owner: init, then the group
                                            roles arborist_annotator, arborist_lead, arborist_admin,
                                            their grants and row-level security, so that each person
                                            signs in with a login of their own (idempotent; again to
                                            upgrade). See docs/team-server.md
  user add NAME [--role annotator|lead|admin] [--lang L] [--user ADMIN] [--password-stdin]
                                            the first user needs no --user; later ones an admin&apos;s.
                                            After server init also the login NAME, with the password
                                            read from stdin, or a generated one printed once
  user password NAME [--password-stdin] --user ADMIN
                                            a new password for NAME&apos;s login (made if missing)
  user list
  user role NAME ROLE --user ADMIN          change a user&apos;s role
  user disable|enable NAME --user ADMIN
  user purge NAME --user ADMIN [--ban]      delete the user&apos;s messages (prompts with their trees)
  config show                               every workflow setting, its value and meaning
  config set KEY VALUE --user LEAD          change a setting (audited)
  tasks available --user NAME [--lang L]    task counts by type, and random = their sum
  task request --user NAME --type TYPE [--lang L]
                                            TYPE: random, initial_prompt, prompter_reply,
                                            assistant_reply, rank_prompter_replies,
                                            rank_assistant_replies, label_initial_prompt,
                                            label_assistant_reply, label_prompter_reply
  task submit --user NAME TASK_ID           the answer is read as JSON from stdin:
                                            {&quot;text&quot;: &quot;...&quot;, &quot;lang&quot;: &quot;en&quot;} for prompts and replies,
                                            {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}} for label tasks,
                                            {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...], &quot;not_rankable&quot;: false}
  task skip --user NAME TASK_ID [--reason TEXT]
  task show TASK_ID
  tree show TREE_ID                         the tree as an export tree object, every message
  tree list [--state S]                     id, state, lang, size a line
  stats                                     counts of trees by state, messages, users, ...
  dashboard --user LEAD [--days N]          the lead&apos;s dashboard: trees by state and language,
                                            tasks per day, annotators, label distributions,
                                            agreement (Krippendorff&apos;s alpha, Kendall&apos;s W);
                                            tasks and annotators of the last N days only
  moderate halt|unhalt TREE_ID --user LEAD [--reason TEXT]
  moderate delete|undelete MESSAGE_ID --user LEAD [--reason TEXT]
  moderate edit MESSAGE_ID --user LEAD [--reason TEXT]   (the new text on stdin)
  emoji add|remove MESSAGE_ID EMOJI --user NAME
  report MESSAGE_ID --user NAME [--labels JSON] [--reason TEXT]
                                            report a message: free labels and a red flag
  audit [OBJECT_ID]                         the audit log: who did what, when, before, after
  check [--repair] [--user LEAD]            verify the workflow&apos;s invariants and recompute every
                                            derived value (counters, review results, ranks, emoji
                                            counts, tree states) from the facts; --repair writes
                                            the recomputed values back, audited (exit 1 if broken
                                            or, with --repair, if differences remain)
  maintenance reconcile|retry-scoring       startup reconciliation; retry scoring_failed trees
  simulate [--users N] [--actions M] [--seconds T] [--processes P] [--user ADMIN]
           [--time-scale X]                 simulated annotators sim1..simN work through the
                                            engine (P processes share them), then every invariant
                                            is checked and every acknowledged submission is found
                                            in the database; exit 1 on a violation, a lost
                                            submission or a failure.
                                            --time-scale runs the engine&apos;s clock X times faster, so
                                            that tasks left for later expire (throwaway databases only)
  generate --trees N [--seed S] [--lone-prompts SHARE]
                                            write a realistic corpus of N trees shaped like oasst1
                                            (every tree state, reviews, labels, rankings, skips) by
                                            users gen-user-1..; the same seed gives the same rows.
                                            SHARE (0..1) of the trees are lone prompts, as in oasst1
  import FILE --user LEAD [--state S] [--force-state S] [--synthetic] [--origin TEXT]
         [--lang L] [--skip-invalid] [--dry-run]
                                            read Open-Assistant trees, nested messages, flat rows
                                            or prompts (one JSON string a line), .jsonl or .jsonl.gz,
                                            in one transaction; ids are kept. --state: for trees the
                                            file gives none (default: prompt_lottery_waiting for lone
                                            prompts, backlog_ranking for trees with replies);
                                            --force-state: for every tree; --synthetic: messages that
                                            do not say were written by a model; --origin: recorded
                                            on each tree; --lang: for messages that do not say;
                                            --skip-invalid: skip and list bad lines; --dry-run: check
                                            everything, change nothing
  export FILE --user LEAD [--state S,S|all] [--lang L] [--flat] [--include-deleted]
         [--include-synthetic] [--include-spam] [--anonymize SEED] [--limit N]
         [--no-labels] [--no-events]
                                            write trees (default: ready_for_export, without
                                            synthetic trees, deleted or unaccepted messages) as
                                            Open-Assistant tree objects, or message rows with --flat;
                                            gzip when FILE ends in .gz; - for standard output

Options:
  --db URL        the database
  --json          print JSON on stdout (errors as {&quot;error&quot;: CODE, &quot;message&quot;: TEXT})
  --seed N        seed the engine&apos;s random draws (reproducible runs)
  --user NAME     who acts; signed in to a team server with your own login, you act as
                  yourself and may leave it out (only admins may name someone else)
  --help          this text
  --version       the version
</source>
        <translation>用法：arborist-cli [--db URL] [--json] COMMAND ...

Arborist 工作流引擎的命令行工具。每个命令都接受 --db URL
（sqlite:///absolute/path.db 或 postgresql://user@host:5432/dbname?sslmode=require；
默认：内嵌数据库 %1）。--json 输出一个 JSON 文档。
退出状态：0 成功，2 用法错误，3 被工作流拒绝，1 其他任何失败。

命令：
  init                                      创建或迁移数据库架构（幂等）
  server init                               PostgreSQL，以数据表所有者身份运行：先执行 init，再创建组角色
                                            arborist_annotator、arborist_lead、arborist_admin 及其
                                            权限和行级安全策略，使每个人都用自己的登录名登录（幂等；
                                            升级后再次运行）。参见 docs/team-server.md
  user add NAME [--role annotator|lead|admin] [--lang L] [--user ADMIN] [--password-stdin]
                                            添加第一个用户时无需 --user；之后须指定一名管理员。
                                            执行 server init 后还会创建登录名 NAME，密码从标准输入
                                            读取，或自动生成并仅显示一次
  user password NAME [--password-stdin] --user ADMIN
                                            为 NAME 的登录名设置新密码（若无登录名则创建）
  user list
  user role NAME ROLE --user ADMIN          更改用户的角色
  user disable|enable NAME --user ADMIN
  user purge NAME --user ADMIN [--ban]      删除该用户的消息（提示连同其对话树一并删除）
  config show                               列出所有工作流设置及其值和含义
  config set KEY VALUE --user LEAD          更改一项设置（记入审计日志）
  tasks available --user NAME [--lang L]    按类型统计的任务数，random 为其总和
  task request --user NAME --type TYPE [--lang L]
                                            TYPE：random、initial_prompt、prompter_reply、
                                            assistant_reply、rank_prompter_replies、
                                            rank_assistant_replies、label_initial_prompt、
                                            label_assistant_reply、label_prompter_reply
  task submit --user NAME TASK_ID           从标准输入读取 JSON 格式的答案。提示和回复：
                                            {&quot;text&quot;: &quot;...&quot;, &quot;lang&quot;: &quot;en&quot;}；标注任务：
                                            {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}}；排序任务：
                                            {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...], &quot;not_rankable&quot;: false}
  task skip --user NAME TASK_ID [--reason TEXT]
  task show TASK_ID
  tree show TREE_ID                         以导出树对象的形式显示对话树，包含所有消息
  tree list [--state S]                     每行一棵对话树：id、state、lang、size
  stats                                     按状态统计的对话树数、消息数、用户数等
  dashboard --user LEAD [--days N]          组长的统计面板：按状态和语言统计的对话树、
                                            每日任务、标注员、标签分布、一致性
                                            （Krippendorff α、Kendall W）；
                                            任务和标注员只统计最近 N 天
  moderate halt|unhalt TREE_ID --user LEAD [--reason TEXT]
  moderate delete|undelete MESSAGE_ID --user LEAD [--reason TEXT]
  moderate edit MESSAGE_ID --user LEAD [--reason TEXT]   （新文本从标准输入读取）
  emoji add|remove MESSAGE_ID EMOJI --user NAME
  report MESSAGE_ID --user NAME [--labels JSON] [--reason TEXT]
                                            举报一条消息：自由标签加一个红旗标记
  audit [OBJECT_ID]                         审计日志：谁在何时做了什么，修改前后的内容
  check [--repair] [--user LEAD]            校验工作流的不变量，并根据事实数据重新计算所有派生值
                                            （计数器、审核结果、名次、表情计数、对话树状态）；
                                            --repair 将重新计算的值写回并记入审计日志（不变量被
                                            破坏，或使用 --repair 后仍有差异时，退出状态为 1）
  maintenance reconcile|retry-scoring       启动时的核对修复；重试 scoring_failed 的对话树
  simulate [--users N] [--actions M] [--seconds T] [--processes P] [--user ADMIN]
           [--time-scale X]                 模拟标注员 sim1..simN 通过引擎工作（由 P 个进程
                                            分担），随后检查所有不变量，并核实每个已确认的提交
                                            都能在数据库中找到；出现违规、提交丢失或失败时退出
                                            状态为 1。
                                            --time-scale 使引擎时钟加快 X 倍，让搁置的任务过期
                                            （仅用于一次性数据库）
  generate --trees N [--seed S] [--lone-prompts SHARE]
                                            以用户 gen-user-1.. 的身份写入 N 棵仿照 oasst1
                                            形态的逼真语料（包含各种对话树状态、审核、标签、
                                            排序和跳过）；相同的种子生成相同的数据行。
                                            其中 SHARE (0..1) 比例的对话树为孤立提示，与 oasst1 相同
  import FILE --user LEAD [--state S] [--force-state S] [--synthetic] [--origin TEXT]
         [--lang L] [--skip-invalid] [--dry-run]
                                            读取 Open-Assistant 对话树、嵌套消息、扁平消息行
                                            或提示（每行一个 JSON 字符串），.jsonl 或 .jsonl.gz
                                            格式，在单个事务中完成；保留原 id。--state：用于
                                            文件未给出状态的对话树（默认：孤立提示为
                                            prompt_lottery_waiting，带回复的对话树为
                                            backlog_ranking）；--force-state：用于所有对话树；
                                            --synthetic：未注明是否合成的消息视为由模型撰写；
                                            --origin：记录在每棵对话树上；--lang：用于未注明
                                            语言的消息；--skip-invalid：跳过并列出错误行；
                                            --dry-run：检查所有内容，但不做任何更改
  export FILE --user LEAD [--state S,S|all] [--lang L] [--flat] [--include-deleted]
         [--include-synthetic] [--include-spam] [--anonymize SEED] [--limit N]
         [--no-labels] [--no-events]
                                            以 Open-Assistant 树对象写出对话树（默认：
                                            ready_for_export，不含合成对话树、已删除或未通过
                                            审核的消息），使用 --flat 时写出消息行；FILE 以
                                            .gz 结尾时用 gzip 压缩；- 表示标准输出

选项：
  --db URL        数据库
  --json          在标准输出上输出 JSON（错误为 {&quot;error&quot;: CODE, &quot;message&quot;: TEXT}）
  --seed N        为引擎的随机抽取设定种子（使运行可复现）
  --user NAME     执行操作的用户；用自己的登录名登录团队服务器时即以本人身份操作，可省略
                  （只有管理员可以指定他人）
  --help          显示此帮助
  --version       显示版本
</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>--password-stdin found no password on standard input.</source>
        <translation>--password-stdin 未在标准输入中读到密码。</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>a server command (init)</source>
        <translation>一个服务器命令（init）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown server command &quot;%1&quot;.</source>
        <translation>未知的服务器命令“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>`server init` sets up logins on a team&apos;s PostgreSQL server; %1 is a SQLite file. Give --db postgresql://OWNER@HOST/DATABASE.</source>
        <translation>`server init` 用于在团队的 PostgreSQL 服务器上设置登录名；%1 是一个 SQLite 文件。请指定 --db postgresql://所有者@主机/数据库。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Updated the roles, grants and policies of %1 (schema %2).</source>
        <translation>已更新 %1 的角色、权限和策略（架构 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up %1 for logins: the groups arborist_annotator, arborist_lead and arborist_admin, their grants and row-level security (schema %2).</source>
        <translation>已为 %1 设置登录：组 arborist_annotator、arborist_lead 和 arborist_admin，及其权限和行级安全策略（架构 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These users have no login yet; give them one with `arborist-cli user password NAME`: %1</source>
        <translation>以下用户还没有登录名；请用 `arborist-cli user password NAME` 为其创建：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a user command (add, list, role, disable, enable, purge, password)</source>
        <translation>一个用户命令（add、list、role、disable、enable、purge、password）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server login %1 is in the group %2.</source>
        <translation>服务器登录名 %1 属于组 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Password: %1
It is shown only this once and stored nowhere: give it to %2 in a safe way.</source>
        <translation>密码：%1
它只显示这一次，且不会保存在任何地方：请以安全的方式交给 %2。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The login %1 has a new password.</source>
        <translation>登录名 %1 已设置新密码。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在是 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enabled %1.</source>
        <translation>已启用 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled %1.</source>
        <translation>已停用 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purged %1: %2 messages and %3 trees deleted, %4 trees revived.</source>
        <translation>已清除 %1：删除了 %2 条消息和 %3 棵对话树，恢复了 %4 棵对话树。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>未知的 user 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show or set</source>
        <translation>子命令 show 或 set</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the setting&apos;s name</source>
        <translation>设置项名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+127"/>
        <location line="+68"/>
        <location line="+355"/>
        <location line="+59"/>
        <source>naming a lead or admin</source>
        <translation>指明一名组长或管理员</translation>
    </message>
    <message>
        <location line="-604"/>
        <source>Unknown config command &quot;%1&quot;.</source>
        <translation>未知的 config 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;available&quot;</source>
        <translation>子命令 available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown tasks command &quot;%1&quot;.</source>
        <translation>未知的 tasks 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <location line="+23"/>
        <location line="+19"/>
        <location line="+152"/>
        <location line="+24"/>
        <source>naming the user</source>
        <translation>指明用户</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>a task command (request, submit, skip, show)</source>
        <translation>任务子命令（request、submit、skip、show）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>with a task type</source>
        <translation>指明任务类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a task type.</source>
        <translation>“%1”不是有效的任务类型。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <location line="+18"/>
        <source>the task id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The answer on stdin is not valid JSON (%1 at character %2); nothing was stored.</source>
        <translation>标准输入中的答案不是有效的 JSON（第 %2 个字符处：%1）；未存储任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The answer on stdin must be a JSON object; nothing was stored.</source>
        <translation>标准输入中的答案必须是 JSON 对象；未存储任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted.</source>
        <translation>已提交。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted message %1.</source>
        <translation>已提交消息 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped.</source>
        <translation>已跳过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown task command &quot;%1&quot;.</source>
        <translation>未知的 task 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show or list</source>
        <translation>子命令 show 或 list</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+110"/>
        <source>the tree id</source>
        <translation>对话树 ID</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&quot;%1&quot; is not a tree state; use one of %2.</source>
        <translation>“%1”不是有效的对话树状态；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unknown tree command &quot;%1&quot;.</source>
        <translation>未知的 tree 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--days takes a whole number of at least 1.</source>
        <translation>--days 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1	alpha %2 (%3 messages, %4 values)
</source>
        <translation>%1	α %2（%3 条消息，%4 个取值）
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rankings	median W %1 over %2 sibling groups
</source>
        <translation>排序	%2 个同级回复组的 W 中位数为 %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 annotators, %2 days with tasks; read in %3 s
</source>
        <translation>%1 名标注员，%2 天有任务；读取用时 %3 秒
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>halt, unhalt, delete, undelete or edit</source>
        <translation>子命令 halt、unhalt、delete、undelete 或 edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+15"/>
        <source>the message id</source>
        <translation>消息 ID</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Unknown moderate command &quot;%1&quot;.</source>
        <translation>未知的 moderate 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>add or remove</source>
        <translation>子命令 add 或 remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the emoji code</source>
        <translation>表情代码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown emoji command &quot;%1&quot;.</source>
        <translation>未知的 emoji 子命令“%1”。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--labels must be a JSON object such as {&quot;spam&quot;: 1}.</source>
        <translation>--labels 必须是 JSON 对象，例如 {&quot;spam&quot;: 1}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported.</source>
        <translation>已举报。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+191"/>
        <source>Every invariant holds.</source>
        <translation>所有不变量均成立。</translation>
    </message>
    <message numerus="yes">
        <location line="-188"/>
        <source>Every derived value of %n tree(s) agrees with the facts.</source>
        <translation>
            <numerusform>%n 棵对话树的所有派生值均与事实数据一致。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived values that differed from the facts, repaired:</source>
        <translation>与事实数据不一致的派生值（已修复）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Derived values that differ from the facts:</source>
        <translation>与事实数据不一致的派生值：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>  %1 %2 %3: stored %4, recomputed %5</source>
        <translation>  %1 %2 %3：存储值 %4，重新计算值 %5</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n difference(s) remain after the repair.</source>
        <translation>
            <numerusform>修复后仍有 %n 处差异。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 takes a whole number.</source>
        <translation>%1 需要一个整数。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--time-scale takes a number of at least 1.</source>
        <translation>--time-scale 需要一个不小于 1 的数。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give at least one user per process.</source>
        <translation>每个进程至少需要一个用户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Adding the simulated users takes an admin: give --user.</source>
        <translation>添加模拟用户需要管理员身份：请指定 --user。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A simulation process failed (exit status %1).</source>
        <translation>一个模拟进程失败（退出状态 %1）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 acknowledged, %3 in the database</source>
        <translation>%1：已确认 %2 个，数据库中有 %3 个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 actions in %2 s (%3 per second) by %4 simulated annotators in %5 process(es).
</source>
        <translation>%4 名模拟标注员在 %5 个进程中完成了 %1 个操作，用时 %2 秒（每秒 %3 个）。
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: %1
</source>
        <translation>已存储：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: %1
</source>
        <translation>被拒绝：%1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database failures: %1, retried conflicts: %2
</source>
        <translation>数据库失败：%1，重试的冲突：%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every acknowledged submission is in the database.
</source>
        <translation>每个已确认的提交都在数据库中。
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submissions lost or stored twice:
  %1
</source>
        <translation>丢失或重复存储的提交：
  %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invariant violations:
%1</source>
        <translation>不变量被违反：
%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>with the number of trees</source>
        <translation>指明对话树数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--trees takes a whole number of at least 1.</source>
        <translation>--trees 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed takes a whole number.</source>
        <translation>--seed 需要一个整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lone-prompts takes a share from 0 to 1.</source>
        <translation>--lone-prompts 需要一个 0 到 1 之间的比例。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>generated %1 of %2 trees</source>
        <translation>已生成 %1 / %2 棵对话树</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated %1 trees: %2 messages, %3 labels, %4 rankings, %5 tasks in %6 s.</source>
        <translation>已生成 %1 棵对话树：%2 条消息、%3 个标签、%4 条排序、%5 个任务，用时 %6 秒。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes one of: %2.</source>
        <translation>%1 需要以下值之一：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>importing: %1% of %2 MB</source>
        <translation>正在导入：%2 MB 中的 %1%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 trees, %3 messages, %4 rankings (%5 new authors) from %6 lines in %7 s.</source>
        <translation>%1 %2 棵对话树、%3 条消息、%4 条排序（%5 位新作者），来自 %6 行，用时 %7 秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would import</source>
        <translation>将导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the file to write (- for standard output)</source>
        <translation>要写入的文件（- 表示标准输出）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--state takes all or states separated by commas: %1.</source>
        <translation>--state 需要 all 或以逗号分隔的状态：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--anonymize takes a seed (any text kept secret).</source>
        <translation>--anonymize 需要一个种子（任意需保密的文本）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit 需要一个不小于 1 的整数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exporting: %1 of %2 trees</source>
        <translation>正在导出：%1 / %2 棵对话树</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 trees, %2 messages (%3 MB) to %4 in %5 s.</source>
        <translation>已导出 %1 棵对话树、%2 条消息（%3 MB）到 %4，用时 %5 秒。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reconcile or retry-scoring</source>
        <translation>子命令 reconcile 或 retry-scoring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconciled.</source>
        <translation>核对修复已完成。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Retried %n tree(s).</source>
        <translation>
            <numerusform>已重试 %n 棵对话树。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown maintenance command &quot;%1&quot;.</source>
        <translation>未知的 maintenance 子命令“%1”。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../src/store/database.cpp" line="+100"/>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>未安装 Qt SQL 驱动 %1（Debian 软件包 %2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no database file at %1. Create it with `arborist-cli init --db %2`, or check the path.</source>
        <translation>%1 处没有数据库文件。请用 `arborist-cli init --db %2` 创建，或检查路径。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法为数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: the CA file %2 does not exist, so the server&apos;s TLS certificate cannot be verified. Check the path of the CA file, or ask the server&apos;s administrator for it.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：CA 文件 %2 不存在，因此无法验证服务器的 TLS 证书。请检查 CA 文件的路径，或向服务器管理员索取该文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CA file %1 cannot be used because its path contains a &apos;;&apos;. Move or rename the file.</source>
        <translation>无法使用 CA 文件 %1，因为其路径中含有“;”。请移动该文件或为其重命名。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the database file %1: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: its TLS certificate is not trusted (%2). It is not signed by the certificate authority in the CA file %3, or it has expired. Check that the CA file is the one for this server, or ask the server&apos;s administrator for the right one.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：其 TLS 证书不受信任（%2）。该证书不是由 CA 文件 %3 中的证书颁发机构签发的，或者已经过期。请检查该 CA 文件是否属于此服务器，或向服务器管理员索取正确的 CA 文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot connect to the PostgreSQL server at %1: its TLS certificate is not made out for the host name &quot;%2&quot; (%3). Connect with a host name the certificate names, or ask the server&apos;s administrator for a certificate that includes &quot;%2&quot;.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：其 TLS 证书不是为主机名“%2”签发的（%3）。请使用证书中列出的主机名进行连接，或请服务器管理员提供包含“%2”的证书。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot connect to the PostgreSQL server at %1: the CA file %2 holds no certificate that can be read (%3). Check that it is the CA certificate (a PEM file) the server&apos;s administrator gave you.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：CA 文件 %2 中没有可读取的证书（%3）。请检查它是否是服务器管理员提供给您的 CA 证书（PEM 文件）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot connect to the PostgreSQL server at %1: the server does not offer TLS, but the connection requires it (sslmode=%2). Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：服务器不提供 TLS，但此连接要求使用 TLS（sslmode=%2）。请让服务器管理员启用 TLS。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PostgreSQL server at %1 refused the password of %2 (%3). Check the user name and the password; an admin can set a new one with `arborist-cli user password %2`.</source>
        <translation>位于 %1 的 PostgreSQL 服务器拒绝了 %2 的密码（%3）。请检查用户名和密码；管理员可以用 `arborist-cli user password %2` 设置新密码。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The PostgreSQL server at %1 does not let %2 sign in: the login is disabled (%3). Ask an admin to enable it.</source>
        <translation>位于 %1 的 PostgreSQL 服务器不允许 %2 登录：该登录名已被停用（%3）。请联系管理员启用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot connect to the PostgreSQL server at %1: %2. Check that the server runs, the host, port, database and user are right, and the password is set (PGPASSWORD or ~/.pgpass).</source>
        <translation>无法连接到位于 %1 的 PostgreSQL 服务器：%2。请检查服务器是否正在运行，主机、端口、数据库和用户是否正确，以及是否已设置密码（PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+16"/>
        <source>%1 is not an Arborist database (%2).</source>
        <translation>%1 不是 Arborist 数据库（%2）。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is a SQLite database of another program, not an Arborist database; nothing in it was changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Arborist 数据库；其中的内容未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot switch %1 to write-ahead logging.</source>
        <translation>无法将 %1 切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot prepare a statement</source>
        <translation>无法预处理 SQL 语句</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Lost the connection to the database server at %1 (%2). Check that the server is running and reachable, then try again; nothing was saved from the interrupted operation.</source>
        <translation>与位于 %1 的数据库服务器的连接已断开（%2）。请检查服务器是否正在运行且可以访问，然后重试；被中断的操作未保存任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database error in &quot;%1&quot;: %2</source>
        <translation>数据库错误（%1）：%2</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The database stayed busy through %1 attempts (%2). Try again in a moment.</source>
        <translation>数据库在 %1 次尝试中一直处于繁忙状态（%2）。请稍后重试。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 holds no Arborist data yet. Run `arborist-cli init --db %1` first.</source>
        <translation>%1 中还没有 Arborist 数据。请先运行 `arborist-cli init --db %1`。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was written by a newer Arborist (schema %2; this one knows up to %3). Update Arborist.</source>
        <translation>%1 是由较新版本的 Arborist 写入的（架构版本 %2；当前版本最高支持 %3）。请更新 Arborist。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 uses an older schema (%2). Run `arborist-cli init --db %1` to migrate it.</source>
        <translation>%1 使用的是旧版架构（%2）。请运行 `arborist-cli init --db %1` 进行迁移。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a SQLite database of another program, not an Arborist database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是 Arborist 数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was written by a newer Arborist (schema %2). Update Arborist.</source>
        <translation>%1 是由较新版本的 Arborist 写入的（架构版本 %2）。请更新 Arborist。</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../src/store/databaseurl.cpp" line="+22"/>
        <source>Use sqlite:///absolute/path/arborist.db or postgresql://user@host:5432/dbname.</source>
        <translation>请使用 sqlite:///absolute/path/arborist.db 或 postgresql://user@host:5432/dbname。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No database URL given. %1</source>
        <translation>未提供数据库 URL。%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a SQLite URL with an absolute path. %2</source>
        <translation>“%1”不是带有绝对路径的 SQLite URL。%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no database file. %2</source>
        <translation>“%1”未指明数据库文件。%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid URL: %2. %3</source>
        <translation>“%1”不是有效的 URL：%2。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; names no server host. %2</source>
        <translation>“%1”未指明服务器主机。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; has an invalid port. %2</source>
        <translation>“%1”的端口无效。%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; names no database (the part after the last &apos;/&apos;). %2</source>
        <translation>“%1”未指明数据库（最后一个 / 之后的部分）。%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sslmode &quot;%1&quot; is not one of %2.</source>
        <translation>sslmode “%1” 不是以下值之一：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect_timeout must be a positive number of seconds.</source>
        <translation>connect_timeout 必须是正的秒数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown option &quot;%1&quot; in the database URL; known are sslmode, sslrootcert and connect_timeout.</source>
        <translation>数据库 URL 中的选项“%1”未知；可用的选项为 sslmode、sslrootcert 和 connect_timeout。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a database URL. %2</source>
        <translation>“%1”不是数据库 URL。%2</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../src/engine/engine.cpp" line="+128"/>
        <source>You are signed in to the server as %1, so you act as %1; only an admin may act as %2.</source>
        <translation>您以 %1 的身份登录了服务器，因此只能以 %1 的身份操作；只有管理员可以代表 %2 操作。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no user called &quot;%1&quot;; `arborist-cli user list` shows who there is.</source>
        <translation>没有名为“%1”的用户；`arborist-cli user list` 可列出现有用户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user &quot;%1&quot; is disabled; ask an admin to enable them.</source>
        <translation>用户“%1”已停用；请联系管理员启用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is an annotator; only leads and admins may do this.</source>
        <translation>%1 是标注员；只有组长和管理员可以执行此操作。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The server refused to change the login: %1.</source>
        <translation>服务器拒绝更改该登录名：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A user name must be 1 to 100 characters without spaces.</source>
        <translation>用户名必须为 1 到 100 个字符，且不含空格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is kept for imported data; choose another name.</source>
        <translation>“%1”保留给导入的数据使用；请选择其他名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adding users takes an admin: give --user with an admin&apos;s name.</source>
        <translation>添加用户需要管理员身份：请用 --user 指定一名管理员的名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an admin; only admins add users.</source>
        <translation>%1 不是管理员；只有管理员可以添加用户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already a user called &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+19"/>
        <source>Passwords are for the logins of a team&apos;s PostgreSQL server set up with `arborist-cli server init`; %1 has no logins.</source>
        <translation>密码仅用于已通过 `arborist-cli server init` 设置的团队 PostgreSQL 服务器上的登录名；%1 没有登录名。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is not an admin; only admins set passwords.</source>
        <translation>%1 不是管理员；只有管理员可以设置密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+12"/>
        <location line="+18"/>
        <location filename="../src/engine/purge.cpp" line="+52"/>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>没有名为“%1”的用户。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 is not an admin; only admins change roles.</source>
        <translation>%1 不是管理员；只有管理员可以更改角色。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not an admin; only admins enable or disable users.</source>
        <translation>%1 不是管理员；只有管理员可以启用或停用用户。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&quot;%1&quot; is not an emoji code; use one of %2.</source>
        <translation>“%1”不是有效的表情代码；请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+36"/>
        <location line="+60"/>
        <location line="+17"/>
        <location line="+19"/>
        <source>There is no message %1.</source>
        <translation>不存在消息 %1。</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>&quot;%1&quot; is not a label.</source>
        <translation>“%1”不是有效的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value of %1 must be between 0 and 1.</source>
        <translation>%1 的值必须介于 0 和 1 之间。</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <location line="+287"/>
        <location filename="../src/engine/importexport.cpp" line="+781"/>
        <source>There is no tree %1.</source>
        <translation>不存在对话树 %1。</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Tree %1 is already halted.</source>
        <translation>对话树 %1 已处于暂停状态。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tree %1 is not halted (it is %2).</source>
        <translation>对话树 %1 未被暂停（其状态为 %2）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Message %1 is already deleted.</source>
        <translation>消息 %1 已被删除。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Message %1 is not deleted.</source>
        <translation>消息 %1 未被删除。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new text is empty.</source>
        <translation>新文本为空。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The new text has %Ln characters; the limit is %1.</source>
        <translation>
            <numerusform>新文本共 %Ln 个字符，上限为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/engine/importexport.cpp" line="-733"/>
        <source>message id %1 appears twice in the file (first on line %2).</source>
        <translation>消息 ID %1 在文件中出现了两次（首次出现在第 %2 行）。</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>a second ranking of the replies to %1 by the same annotator was left out.</source>
        <translation>同一标注员对 %1 的回复所做的第二次排序已被略去。</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>message %1 is already in the database (imported before?).</source>
        <translation>消息 %1 已存在于数据库中（之前已导入过？）。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Nothing was imported; fix the line, or give --skip-invalid to import the rest.</source>
        <translation>未导入任何内容；请修正该行，或使用 --skip-invalid 导入其余内容。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The tree has no messages.</source>
        <translation>该对话树没有消息。</translation>
    </message>
    <message>
        <location filename="../src/engine/purge.cpp" line="-4"/>
        <source>%1 is not an admin; only admins purge users.</source>
        <translation>%1 不是管理员；只有管理员可以清除用户。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 messages and %2 trees deleted</source>
        <translation>删除了 %1 条消息和 %2 棵对话树</translation>
    </message>
    <message>
        <location filename="../src/engine/tasks.cpp" line="+489"/>
        <source>There is no task for %1 in &quot;%2&quot; right now; try again later or in another language.</source>
        <translation>目前在“%2”语言下没有可分配给 %1 的任务；请稍后重试，或换用其他语言。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no %1 task for %2 in &quot;%3&quot; right now; `tasks available` shows what there is.</source>
        <translation>目前在“%3”语言下没有可分配给 %2 的 %1 任务；`tasks available` 可显示现有的任务。</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip some before asking for more.</source>
        <translation>
            <numerusform>%1 在最近 %2 秒内有 %Ln 个未完成的任务；请先完成或跳过其中一些，再领取新任务。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+138"/>
        <location line="+220"/>
        <source>There is no task %1.</source>
        <translation>不存在任务 %1。</translation>
    </message>
    <message>
        <location line="-217"/>
        <location line="+219"/>
        <source>Task %1 was given to someone else.</source>
        <translation>任务 %1 已分配给其他人。</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Task %1 is already done.</source>
        <translation>任务 %1 已完成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task %1 was skipped.</source>
        <translation>任务 %1 已被跳过。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Task %1 is a %2 task: send {&quot;text&quot;: &quot;...&quot;}.</source>
        <translation>任务 %1 是 %2 任务：请发送 {&quot;text&quot;: &quot;...&quot;}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task %1 is a %2 task: send {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}}.</source>
        <translation>任务 %1 是 %2 任务：请发送 {&quot;labels&quot;: {&quot;spam&quot;: 0, ...}}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Task %1 is a %2 task: send {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...]}.</source>
        <translation>任务 %1 是 %2 任务：请发送 {&quot;ranking&quot;: [&quot;&lt;best id&gt;&quot;, ...]}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Task %1 expired and its place went to someone else; keep your work and ask for a new task.</source>
        <translation>任务 %1 已过期，其名额已分配给其他人；请保留你的内容，并领取新任务。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The text is empty; write something before submitting.</source>
        <translation>文本为空；请先撰写内容再提交。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The text has %Ln characters; the limit is %1. Shorten it.</source>
        <translation>
            <numerusform>文本共 %Ln 个字符，上限为 %1。请缩短。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>You sent exactly this text in the last %Ln minutes; write a new one.</source>
        <translation>
            <numerusform>你在最近 %Ln 分钟内发送过完全相同的文本；请撰写新的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The message this task replies to no longer exists.</source>
        <translation>此任务所回复的消息已不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This conversation is %1 and takes no more replies; your text is kept as a draft.</source>
        <translation>此对话的状态为 %1，不再接受回复；你的文本已保存为草稿。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already replied to this message.</source>
        <translation>你已经回复过这条消息。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a label of this task; it takes %2.</source>
        <translation>“%1”不是此任务的标签；此任务的标签为：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The value of %1 must be a number from 0 to 1.</source>
        <translation>%1 的值必须是 0 到 1 之间的数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The label %1 must be answered.</source>
        <translation>必须回答标签 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The message of this task no longer exists.</source>
        <translation>此任务的消息已不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot review your own message.</source>
        <translation>你不能审核自己的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have already reviewed this message.</source>
        <translation>你已经审核过这条消息。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The ranking must list each of the task&apos;s %Ln replies exactly once, best first.</source>
        <translation>
            <numerusform>排序必须将此任务的 %Ln 条回复各列出一次，最好的排在最前。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You have already ranked these replies.</source>
        <translation>你已经为这些回复排过序。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Task %1 is already finished.</source>
        <translation>任务 %1 已结束。</translation>
    </message>
    <message>
        <location filename="../src/engine/transitions.cpp" line="+179"/>
        <source>Ranking %1 of the replies to %2 names %3, which is not one of them.</source>
        <translation>对 %2 的回复所做的排序 %1 中列出了 %3，但它并不是这些回复之一。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ranking %1 is not a list of ids.</source>
        <translation>排序 %1 不是 ID 列表。</translation>
    </message>
    <message>
        <location filename="../src/engine/repair.cpp" line="+329"/>
        <source>Tree %1 is in the unknown state &quot;%2&quot;; it was not checked.</source>
        <translation>对话树 %1 处于未知状态“%2”；未对其进行检查。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The ranks of the replies to %1 were not checked: ranking %2 is not a list of them.</source>
        <translation>未检查 %1 的各条回复的名次：排序 %2 并不是这些回复的列表。</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The review results of %n message(s) were not checked: a review setting changed after their first review.</source>
        <translation>
            <numerusform>未检查 %n 条消息的审核结果：这些消息首次审核之后，审核设置发生了更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+168"/>
        <source>recomputed from the facts</source>
        <translation>根据事实数据重新计算</translation>
    </message>
</context>
<context>
    <name>Generator</name>
    <message>
        <location filename="../src/engine/generator.cpp" line="+147"/>
        <source>%1 trees, %2 messages, %3 tasks, %4 labels, %5 rankings</source>
        <translation>%1 棵对话树，%2 条消息，%3 个任务，%4 个标签，%5 条排序</translation>
    </message>
    <message>
        <location line="+518"/>
        <source>Generating a corpus takes at least 10 users; %1 were given.</source>
        <translation>生成语料至少需要 10 个用户；当前只有 %1 个。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/core/labels.cpp" line="+23"/>
        <source>Spam</source>
        <translation>垃圾内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliberately low quality, off-topic or unrelated to the conversation.</source>
        <translation>故意敷衍的低质量内容、跑题或与对话无关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fails the task</source>
        <translation>未完成任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not follow the instruction or answer the request.</source>
        <translation>没有遵循指令或回应请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong language</source>
        <translation>语言错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written in a language other than the selected one.</source>
        <translation>使用的语言与所选语言不符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal information</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains personally identifying information.</source>
        <translation>包含可识别个人身份的信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not appropriate</source>
        <translation>不恰当</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inappropriate for a customer-facing assistant.</source>
        <translation>不适合面向客户的助手。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hate speech</source>
        <translation>仇恨言论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abusive or threatening content aimed at a protected characteristic such as origin, religion, gender, sexual orientation or disability.</source>
        <translation>针对出身、宗教、性别、性取向或残疾等受保护特征的辱骂或威胁性内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sexual content</source>
        <translation>色情内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains sexual content.</source>
        <translation>包含色情内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moral judgement</source>
        <translation>道德评判</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expresses moral judgement.</source>
        <translation>表达了道德评判。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political content</source>
        <translation>政治内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expresses political views.</source>
        <translation>表达了政治观点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overall subjective quality.</source>
        <translation>整体的主观质量。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toxicity</source>
        <translation>毒性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rude, abusive, profane or insulting.</source>
        <translation>粗鲁、辱骂、亵渎或侮辱性内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Humor</source>
        <translation>幽默</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Humorous or sarcastic.</source>
        <translation>幽默或讽刺。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helpfulness</source>
        <translation>有用性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How helpful the reply is.</source>
        <translation>回复对用户的帮助程度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creativity</source>
        <translation>创造性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How creative or original it is.</source>
        <translation>内容的创意或原创程度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violence</source>
        <translation>暴力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violence, abuse, terrorism or self-harm.</source>
        <translation>暴力、虐待、恐怖主义或自残。</translation>
    </message>
</context>
<context>
    <name>LineReader</name>
    <message>
        <location filename="../src/engine/jsonlines.cpp" line="+37"/>
        <source>There is no file %1; check the name and the folder.</source>
        <translation>文件 %1 不存在；请检查文件名和所在文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Cannot start decompressing %1.</source>
        <translation>无法开始解压 %1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 ends in the middle of its compressed data; the file is incomplete.</source>
        <translation>%1 在压缩数据中途结束；文件不完整。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is not valid gzip data (%2).</source>
        <translation>%1 不是有效的 gzip 数据（%2）。</translation>
    </message>
</context>
<context>
    <name>LineWriter</name>
    <message>
        <location line="+55"/>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 是文件夹；请提供文件名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot start compressing %1.</source>
        <translation>无法开始压缩 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write %1: %2 (is the disk full?).</source>
        <translation>无法写入 %1：%2（磁盘是否已满？）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compressing %1 failed.</source>
        <translation>压缩 %1 失败。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot save %1: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Oasst::Reader</name>
    <message>
        <location filename="../src/core/oasst.cpp" line="+31"/>
        <source>not valid JSON (%1 at character %2).</source>
        <translation>不是有效的 JSON（第 %2 个字符处：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than one JSON value on the line; a prompt line holds one string.</source>
        <translation>该行有不止一个 JSON 值；提示行只能包含一个字符串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the prompt is empty.</source>
        <translation>提示为空。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a JSON array; each line must be a tree, a message or a prompt (a JSON string).</source>
        <translation>这是一个 JSON 数组；每行必须是一棵对话树、一条消息或一个提示（JSON 字符串）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+26"/>
        <location line="+99"/>
        <source>tree_state must be one of: %1.</source>
        <translation>tree_state 必须是以下值之一：%1。</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>a reply with nested replies; nested messages start at the tree&apos;s root.</source>
        <translation>这是一条带有嵌套回复的回复；嵌套消息必须从对话树的根开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a linear thread (thread_id); Arborist reads trees, messages and prompts.</source>
        <translation>这是一个线性对话串（thread_id）；Arborist 只能读取对话树、消息和提示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither a tree (message_tree_id, prompt), a message (message_id, text) nor a prompt.</source>
        <translation>既不是对话树（message_tree_id、prompt），也不是消息（message_id、text）或提示。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the tree&apos;s prompt must be a message object.</source>
        <translation>对话树的 prompt 必须是消息对象。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tree&apos;s origin must be a string.</source>
        <translation>对话树的 origin 必须是字符串。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+65"/>
        <source>A message</source>
        <translation>某条消息</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+65"/>
        <source>Message %1</source>
        <translation>消息 %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+100"/>
        <source>message id %1 appears twice in this tree.</source>
        <translation>消息 ID %1 在此对话树中出现了两次。</translation>
    </message>
    <message>
        <location line="-93"/>
        <location line="+99"/>
        <source>%1 is a reply of role %2 to a %3 message; roles must alternate, starting with the prompter.</source>
        <translation>%1 是对 %3 消息的 %2 角色回复；角色必须交替出现，并以 prompter 开始。</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+65"/>
        <source>%1 starts a tree but its role is %2; a tree starts with the prompter.</source>
        <translation>%1 是对话树的开头，但其角色为 %2；对话树必须以 prompter 开始。</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>%1 sits among the replies of %2 but names %3 as its parent.</source>
        <translation>%1 位于 %2 的回复之中，却将 %3 指定为其父消息。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is the tree&apos;s root but has a parent_id.</source>
        <translation>%1 是对话树的根，却带有 parent_id。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: replies must be a list of messages.</source>
        <translation>%1：replies 必须是消息列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: each reply must be a message object.</source>
        <translation>%1：每条回复都必须是消息对象。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A flat message row needs its message_id.</source>
        <translation>扁平消息行必须有 message_id。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 replies to %2, but its tree&apos;s root is not among the rows before it; flat rows must come depth-first, each tree&apos;s root first.</source>
        <translation>%1 回复的是 %2，但其对话树的根不在它之前的行中；扁平行必须按深度优先排列，每棵对话树的根在最前。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 replies to %2, which is not among the rows of its tree before it (flat rows come depth-first, each parent before its replies).</source>
        <translation>%1 回复的是 %2，但后者不在其对话树中排在它之前的行里（扁平行按深度优先排列，父消息排在其回复之前）。</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <location filename="../src/store/serverroles.cpp" line="+17"/>
        <source>Server roles are for a team&apos;s PostgreSQL server; %1 is a SQLite file, which has no logins.</source>
        <translation>服务器角色仅用于团队的 PostgreSQL 服务器；%1 是一个 SQLite 文件，没有登录名。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database %1 has no schema to work in (search_path).</source>
        <translation>数据库 %1 没有可用的架构（search_path）。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The password is too short: give at least 12 characters.</source>
        <translation>密码太短：请至少输入 12 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is too long: give at most 200 characters.</source>
        <translation>密码太长：最多 200 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password may hold only printable ASCII characters (letters, digits, punctuation and spaces).</source>
        <translation>密码只能包含可打印的 ASCII 字符（字母、数字、标点和空格）。</translation>
    </message>
</context>
<context>
    <name>TaskTexts</name>
    <message>
        <location filename="../src/widgets/tasktexts.cpp" line="+15"/>
        <source>Write a prompt</source>
        <translation>撰写提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply as the user</source>
        <translation>以用户身份回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply as the assistant</source>
        <translation>以助手身份回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank user replies</source>
        <translation>为用户回复排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank assistant replies</source>
        <translation>为助手回复排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label a prompt</source>
        <translation>标注提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label an assistant reply</source>
        <translation>标注助手回复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label a user reply</source>
        <translation>标注用户回复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write a message that starts a conversation with the assistant: a question, a request or an instruction.</source>
        <translation>撰写一条开启与助手对话的消息：可以是问题、请求或指令。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continue the conversation as the user would: a follow-up question, a correction or a new request.</source>
        <translation>像用户那样继续对话：提出追问、纠正或新的请求。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer the last message as the ideal assistant would: helpful, honest and harmless.</source>
        <translation>像理想的助手那样回答最后一条消息：有帮助、诚实且无害。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the replies in order, best first. Drag them, or select one and press Ctrl+Up, Ctrl+Down or a digit.</source>
        <translation>按从好到差的顺序排列回复，最好的排在最前。可以拖动，或选中一条后按 Ctrl+Up、Ctrl+Down 或数字键。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Label the highlighted message. Answer every row marked as required.</source>
        <translation>标注高亮显示的消息。所有标为必填的行都必须回答。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
</context>
<context>
    <name>WorkflowSettings</name>
    <message>
        <location filename="../src/core/settings.cpp" line="+56"/>
        <source>Target number of active growing trees per language; the prompt lottery fills up to it.</source>
        <translation>每种语言中活跃的生长中对话树的目标数量；提示抽签会补足到此数量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cap on active prompts under review per language.</source>
        <translation>每种语言中处于审核阶段的活跃提示的上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Depth of the deepest message of a new tree (the root is depth 0).</source>
        <translation>新对话树中最深消息的深度（根的深度为 0）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum replies a message of a new tree can take.</source>
        <translation>新对话树中每条消息最多可获得的回复数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum prompter replies to one assistant message.</source>
        <translation>每条助手消息最多可获得的用户回复数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accepted messages (root included) a new tree needs before ranking.</source>
        <translation>新对话树进入排序前所需的已通过消息数（含根消息）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw each new tree&apos;s goal size uniformly between the minimum and the goal.</source>
        <translation>在最小值与目标值之间均匀随机地抽取每棵新对话树的目标规模。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lower bound of a random goal tree size.</source>
        <translation>随机目标对话树规模的下限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label reviews needed to decide on an initial prompt.</source>
        <translation>判定一条初始提示所需的标注审核次数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Label reviews needed to decide on a reply.</source>
        <translation>判定一条回复所需的标注审核次数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Abort, delete or halt automatically on red flags and skipped replies.</source>
        <translation>根据红旗标记和被跳过的回复，自动中止、删除或暂停。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reply skips on one message at which its tree is halted.</source>
        <translation>某条消息的回复被跳过达到此次数时，暂停其所在的对话树。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Red flags at which a reply is deleted or a prompt&apos;s tree aborted.</source>
        <translation>红旗标记达到此数量时，删除该回复，或中止该提示所在的对话树。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that a prompt label task asks for every label (else the short form).</source>
        <translation>提示标注任务要求标注全部标签的概率（否则使用简短形式）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that an assistant-reply label task asks for every label.</source>
        <translation>助手回复标注任务要求标注全部标签的概率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability that a prompter-reply label task asks for every label.</source>
        <translation>用户回复标注任务要求标注全部标签的概率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prompt is accepted when its score is above this.</source>
        <translation>提示的得分高于此值时即通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A reply is accepted when its score is above this.</source>
        <translation>回复的得分高于此值时即通过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rankings needed for each group of sibling replies.</source>
        <translation>每组同级回复所需的排序次数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chance to activate a backlog tree when an active tree finishes.</source>
        <translation>一棵活跃对话树完成时，激活一棵积压对话树的概率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activate backlog trees while fewer sibling groups than this wait for rankings.</source>
        <translation>等待排序的同级回复组少于此数量时，激活积压对话树。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full initial-prompt label task, in order.</source>
        <translation>完整的初始提示标注任务中的标签（按顺序）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full assistant-reply label task, in order.</source>
        <translation>完整的助手回复标注任务中的标签（按顺序）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of a full prompter-reply label task, in order.</source>
        <translation>完整的用户回复标注任务中的标签（按顺序）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every initial-prompt review must answer.</source>
        <translation>每次初始提示审核都必须回答的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every assistant-reply review must answer.</source>
        <translation>每次助手回复审核都必须回答的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels every prompter-reply review must answer.</source>
        <translation>每次用户回复审核都必须回答的标签。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also rank sibling prompter replies.</source>
        <translation>同时为同级用户回复排序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A prompter message with fewer replies than this (but at least one) is lonely.</source>
        <translation>回复数少于此值（但至少有一条）的用户消息视为回复稀少。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probability of giving a reply task for a lonely message when one exists.</source>
        <translation>存在回复稀少的消息时，为其分配回复任务的概率。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Window, in seconds, in which a user&apos;s open tasks count as pending.</source>
        <translation>时间窗口（秒）：用户在此时间内领取但未完成的任务计为待处理任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user with this many pending tasks gets no new task.</source>
        <translation>待处理任务达到此数量的用户将不再获得新任务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Per-language cap on accepted prompts waiting for the lottery.</source>
        <translation>每种语言中等待抽签的已通过提示的上限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated languages in which no initial prompts are asked for.</source>
        <translation>不征集初始提示的语言，以逗号分隔。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes after which an unfinished task expires and frees its slot.</source>
        <translation>未完成的任务经过多少分钟后过期并释放其名额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum characters of a prompt or reply.</source>
        <translation>提示或回复的最大字符数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A text equal to one of the user&apos;s own from this many minutes ago is refused.</source>
        <translation>若文本与该用户在此分钟数之内发送过的某条文本相同，则拒绝接收。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>There is no setting called &quot;%1&quot;; `config show` lists them.</source>
        <translation>没有名为“%1”的设置项；`config show` 可列出所有设置项。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>%1 需要一个整数，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 必须介于 %2 和 %3 之间。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>%1 takes a number, not &quot;%2&quot;.</source>
        <translation>%1 需要一个数，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 takes true or false, not &quot;%2&quot;.</source>
        <translation>%1 需要 true 或 false，而不是“%2”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;%2&quot; is not a label.</source>
        <translation>%1：“%2”不是有效的标签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lists &quot;%2&quot; twice.</source>
        <translation>%1 中“%2”出现了两次。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unsupported setting type.</source>
        <translation>不支持的设置类型。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+75"/>
        <source>Arborist: collect conversation trees for training chat models.</source>
        <translation>Arborist：收集用于训练聊天模型的对话树。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database to open (a URL).</source>
        <translation>要打开的数据库（URL）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user to sign in as.</source>
        <translation>要以哪个用户身份登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect at once (and sign in, with --user).</source>
        <translation>立即连接（若指定了 --user，则同时登录）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of the window (en, de, zh_CN) for this run.</source>
        <translation>本次运行使用的窗口语言（en、de、zh_CN）。</translation>
    </message>
</context>
</TS>
