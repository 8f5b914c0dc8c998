<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>zadig::ApiError</name>
    <message>
        <source>Cannot reach the Zadig server</source>
        <translation>无法连接到 Zadig 服务器</translation>
    </message>
    <message>
        <source>The Zadig server did not answer in time</source>
        <translation>Zadig 服务器未能及时响应</translation>
    </message>
    <message>
        <source>The secure connection to the server failed</source>
        <translation>与服务器建立安全连接失败</translation>
    </message>
    <message>
        <source>The API token was rejected (missing or expired)</source>
        <translation>API 令牌被拒绝（缺失或已过期）</translation>
    </message>
    <message>
        <source>The API token has no permission for this</source>
        <translation>该 API 令牌没有执行此操作的权限</translation>
    </message>
    <message>
        <source>Delivery versions need a Zadig Professional or Enterprise licence</source>
        <translation>版本管理功能需要 Zadig 专业版或企业版许可证</translation>
    </message>
    <message>
        <source>The version or environment was not found</source>
        <translation>未找到该版本或环境</translation>
    </message>
    <message>
        <source>A version with this name already exists</source>
        <translation>同名版本已存在</translation>
    </message>
    <message>
        <source>The Zadig server reported an error</source>
        <translation>Zadig 服务器返回了错误</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood</source>
        <translation>无法解析服务器的响应</translation>
    </message>
    <message>
        <source>This Zadig server&apos;s delivery API is not supported (v2.3.1 to v3.4.1 are)</source>
        <translation>不支持此 Zadig 服务器的版本管理 API（支持 v2.3.1 至 v3.4.1）</translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation>请求已取消</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a summary of the error, %2 what the server said (often Chinese) or a detail</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>zadig::DeliverablesModel</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Service module</source>
        <translation>服务组件</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation>镜像仓库 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Chart / image</source>
        <translation>Chart / 镜像</translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation>Chart 版本</translation>
    </message>
    <message>
        <source>Chart repo / namespace</source>
        <translation>Chart 仓库 / 命名空间</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付物</translation>
    </message>
</context>
<context>
    <name>zadig::Desk</name>
    <message>
        <source>No saved token was found for this server in the system keychain.</source>
        <translation>系统钥匙串中没有为该服务器保存的 API 令牌。</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
</context>
<context>
    <name>zadig::Options</name>
    <message>
        <source>Browse, create and watch Zadig delivery versions.</source>
        <translation>浏览、创建并跟踪 Zadig 版本管理中的版本。</translation>
    </message>
    <message>
        <source>Start the embedded demo server on 127.0.0.1 and use it.</source>
        <translation>在 127.0.0.1 上启动内置的演示服务器并连接到它。</translation>
    </message>
    <message>
        <source>Data of the demo server: demo, empty or large:N.</source>
        <translation>演示服务器的数据：demo、empty 或 large:N。</translation>
    </message>
    <message>
        <source>Zadig server URL (the token comes from ZADIG_TOKEN or the system keychain).</source>
        <translation>Zadig 服务器 URL（API 令牌取自环境变量 ZADIG_TOKEN 或系统钥匙串）。</translation>
    </message>
    <message>
        <source>Project key to open.</source>
        <translation>要打开的项目标识。</translation>
    </message>
    <message>
        <source>Start normally, wait for the first page of versions, print one line (OK or ERROR) and exit.</source>
        <translation>正常启动，等待版本列表第一页加载完成，输出一行结果（OK 或 ERROR）后退出。</translation>
    </message>
    <message>
        <source>Seconds --check waits (default 120).</source>
        <translation>--check 的等待秒数（默认 120）。</translation>
    </message>
    <message>
        <source>Invalid server URL: %1</source>
        <translation>无效的服务器 URL：%1</translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation>--demo 和 --server 不能同时使用。</translation>
    </message>
</context>
<context>
    <name>zadig::VersionsModel</name>
    <message>
        <source>K8s YAML</source>
        <translation>K8s YAML</translation>
    </message>
    <message>
        <source>Helm Chart</source>
        <translation>Helm Chart</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation>正在加载标签…</translation>
    </message>
    <message>
        <source>Loading progress…</source>
        <translation>正在加载进度…</translation>
    </message>
    <message>
        <source>%1 of %2 images distributed</source>
        <translation>已分发 %1/%2 个镜像</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ConnectionDialog</name>
    <message>
        <source>Connect to Zadig</source>
        <translation>连接到 Zadig</translation>
    </message>
    <message>
        <source>Enter the address of your Zadig server and an API token. The token is shown in Zadig under Account Settings (账号设置 / 用户设置) → API Token.</source>
        <translation>请输入 Zadig 服务器地址和 API 令牌。API 令牌可在 Zadig 的“账号设置 / 用户设置”→“API Token”中查看。</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API 令牌</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>在系统钥匙串中记住 API 令牌</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Try the &amp;Demo Server</source>
        <translation>试用演示服务器(&amp;D)</translation>
    </message>
    <message>
        <source>Warning: with http:// the token travels unencrypted. Use https:// unless this network is trusted.</source>
        <translation>警告：使用 http:// 时，API 令牌将以明文传输。除非该网络可信，否则请使用 https://。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::DetailPane</name>
    <message>
        <source>No version selected</source>
        <translation>未选择版本</translation>
    </message>
    <message>
        <source>Select a version to see its deliverables.</source>
        <translation>选择一个版本以查看其交付物。</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>创建人：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付物</translation>
    </message>
    <message>
        <source>Copy all images</source>
        <translation>复制全部镜像</translation>
    </message>
    <message>
        <source>Copy every image of this version, one per line</source>
        <translation>复制该版本的全部镜像，每行一个</translation>
    </message>
    <message>
        <source>Loading deliverables…</source>
        <translation>正在加载交付物…</translation>
    </message>
    <message>
        <source>Could not load the deliverables: %1</source>
        <translation>无法加载交付物：%1</translation>
    </message>
    <message>
        <source>This version has no deliverables.</source>
        <translation>该版本没有交付物。</translation>
    </message>
    <message>
        <source>Helm charts and their images</source>
        <translation>Helm Chart 及其镜像</translation>
    </message>
    <message>
        <source>K8s deliverables</source>
        <translation>K8s 交付物</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>upload succeeded</source>
        <translation>上传成功</translation>
    </message>
    <message>
        <source>upload failed</source>
        <translation>上传失败</translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation>等待上传</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>上传中</translation>
    </message>
    <message>
        <source>%1 of %2 images distributed%3</source>
        <translation>已分发 %1/%2 个镜像%3</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未上报</translation>
    </message>
    <message>
        <source>Copy image reference</source>
        <translation>复制镜像地址</translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation>复制该行</translation>
    </message>
</context>
<context>
    <name>zadig::ui::LabelsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Type a label and press Enter</source>
        <translation>输入标签后按 Enter</translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
    <message>
        <source>Remove label %1</source>
        <translation>移除标签 %1</translation>
    </message>
</context>
<context>
    <name>zadig::ui::MainWindow</name>
    <message>
        <source>Zadig Desk</source>
        <translation>Zadig Desk</translation>
    </message>
    <message>
        <source>Version “%1” was created successfully.</source>
        <translation>版本“%1”创建成功。</translation>
    </message>
    <message>
        <source>Version “%1” failed.</source>
        <translation>版本“%1”创建失败。</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Filter by name, label, creator, status</source>
        <translation>按名称、标签、创建人或状态筛选</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the versions (F5)</source>
        <translation>重新加载版本列表（F5）</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>删除版本(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation>新建版本(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a version (Ctrl+N)</source>
        <translation>创建版本（Ctrl+N）</translation>
    </message>
    <message>
        <source>Re&amp;try Version…</source>
        <translation>重试版本(&amp;T)…</translation>
    </message>
    <message>
        <source>Retry the selected failed version</source>
        <translation>重试所选的失败版本</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Copy Version Name</source>
        <translation>复制版本名称(&amp;C)</translation>
    </message>
    <message>
        <source>Copy Version &amp;ID</source>
        <translation>复制版本 ID(&amp;I)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation>版本(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation>正在加载项目…</translation>
    </message>
    <message>
        <source>Helm Chart</source>
        <translation>Helm Chart</translation>
    </message>
    <message>
        <source>K8s YAML</source>
        <translation>K8s YAML</translation>
    </message>
    <message>
        <source>%1 (key: %2, %3)</source>
        <translation>%1（项目标识：%2，%3）</translation>
    </message>
    <message>
        <source>No projects</source>
        <translation>没有项目</translation>
    </message>
    <message>
        <source>This token cannot see any project on the server.</source>
        <translation>该 API 令牌在此服务器上看不到任何项目。</translation>
    </message>
    <message>
        <source>no project is visible with this token</source>
        <translation>该 API 令牌看不到任何项目</translation>
    </message>
    <message>
        <source>Project “%1” was not found; showing “%2”.</source>
        <translation>未找到项目“%1”，已改为显示“%2”。</translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation>正在加载版本…</translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation>暂无版本</translation>
    </message>
    <message>
        <source>Versions created for this project will be listed here.</source>
        <translation>为该项目创建的版本将显示在这里。</translation>
    </message>
    <message>
        <source>Version “%1” is not on the first page yet.</source>
        <translation>版本“%1”尚未出现在第一页。</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Delete version “%1” from project “%2”?

This cannot be undone.</source>
        <translation>要从项目“%2”中删除版本“%1”吗？

此操作无法撤销。</translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Could Not Delete Version</source>
        <translation>无法删除版本</translation>
    </message>
    <message>
        <source>Version “%1” was not deleted.</source>
        <translation>版本“%1”未被删除。</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::PagingBar</name>
    <message>
        <source>First page</source>
        <translation>第一页</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation>每页版本数</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Per page</source>
        <translation>每页</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>没有版本</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
</context>
<context>
    <name>zadig::ui::StatePane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
</TS>
