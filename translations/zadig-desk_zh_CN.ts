<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ExportFiles</name>
    <message>
        <source>Could Not Save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
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
    <message>
        <source>the answer is too large (more than %1 bytes)</source>
        <translation>响应过大（超过 %1 字节）</translation>
    </message>
    <message>
        <source>refused a redirect to another origin: %1</source>
        <translation>已拒绝重定向到其他源：%1</translation>
    </message>
    <message>
        <source>no complete answer before the deadline</source>
        <translation>截止时间前未收到完整响应</translation>
    </message>
    <message>
        <source>no data for a whole transfer timeout</source>
        <translation>整个传输超时期间未收到数据</translation>
    </message>
    <message>
        <source>the server kept redirecting and never gave a final answer (%1 redirects, HTTP %2)</source>
        <translation>服务器不断重定向，始终没有最终响应（%1 次重定向，HTTP %2）</translation>
    </message>
    <message>
        <source>the server never gave a final answer, only HTTP %1</source>
        <translation>服务器没有给出最终响应，只有 HTTP %1</translation>
    </message>
    <message>
        <source>the compressed answer could not be unpacked (%1)</source>
        <translation>无法解压响应（%1）</translation>
    </message>
    <message>
        <source>the answer could not be read (%1)</source>
        <translation>无法读取响应（%1）</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>嵌套过深</translation>
    </message>
    <message>
        <source>the answer is not valid UTF-8</source>
        <translation>响应不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation>响应嵌套过深</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移 %1 处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 is not sent to a %2 server (%3): its API differs; nothing was sent</source>
        <translation>%1 不会发送到 %2 服务器（%3）：其 API 不同；未发送任何内容</translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation>GET %1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>%1: no delivery-version OpenAPI (Zadig before 2.3.1?)</source>
        <translation>%1：没有版本管理 OpenAPI（早于 Zadig 2.3.1？）</translation>
    </message>
    <message>
        <source>%1: no Zadig generation answers this (2.3-3.4 and 4.x/5.x answer 400)</source>
        <translation>%1：没有任何 Zadig 版本会这样响应（2.3–3.4 和 4.x/5.x 返回 400）</translation>
    </message>
    <message>
        <source>contradictory answers: GET %1 answered like Zadig 2.3-3.4, but %2 (only 5.x has it)</source>
        <translation>响应相互矛盾：GET %1 的响应像 Zadig 2.3–3.4，但 %2（只有 5.x 才有）</translation>
    </message>
    <message>
        <source>%1: expected 200 (Zadig 5.x) or 404 (earlier)</source>
        <translation>%1：应为 200（Zadig 5.x）或 404（更早版本）</translation>
    </message>
    <message>
        <source>contradictory answers: GET %1 answered 200 like Zadig 5.x, but %2 (5.x has that route)</source>
        <translation>响应相互矛盾：GET %1 像 Zadig 5.x 一样返回 200，但 %2（5.x 有该路由）</translation>
    </message>
    <message>
        <source>%1: expected 400 (Zadig 4.3 and later) or 404 (earlier)</source>
        <translation>%1：应为 400（Zadig 4.3 及以后）或 404（更早版本）</translation>
    </message>
</context>
<context>
    <name>zadig::CompareModel</name>
    <message>
        <source>Unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Tag changed</source>
        <translation>标签已变更</translation>
    </message>
    <message>
        <source>Registry changed</source>
        <translation>镜像仓库已变更</translation>
    </message>
    <message>
        <source>Chart version changed</source>
        <translation>Chart 版本已变更</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>服务组件</translation>
    </message>
    <message>
        <source>Old image</source>
        <translation>旧镜像</translation>
    </message>
    <message>
        <source>New image</source>
        <translation>新镜像</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>zadig::ConnectionSession</name>
    <message>
        <source>No system keychain is available, so tokens cannot be remembered. Enter the token for this session (or set ZADIG_TOKEN).</source>
        <translation>没有可用的系统钥匙串，因此无法记住 API 令牌。请输入本次会话使用的令牌（或设置环境变量 ZADIG_TOKEN）。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the token cannot be remembered. Enter it for this session (or set ZADIG_TOKEN).</source>
        <translation>系统钥匙串不可用（%1），因此无法记住 API 令牌。请输入本次会话使用的令牌（或设置环境变量 ZADIG_TOKEN）。</translation>
    </message>
    <message>
        <source>No token is saved for this server in the system keychain.</source>
        <translation>系统钥匙串中没有为该服务器保存的 API 令牌。</translation>
    </message>
    <message>
        <source>no system keychain</source>
        <translation>没有系统钥匙串</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
</context>
<context>
    <name>zadig::Connections</name>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation>CA 证书文件“%1”不存在。</translation>
    </message>
    <message>
        <source>“%1” is too large to be a CA certificate file.</source>
        <translation>“%1”太大，不可能是 CA 证书文件。</translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read: %2</source>
        <translation>无法读取 CA 证书文件“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” holds no certificate (PEM or DER expected).</source>
        <translation>“%1”中没有证书（应为 PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>Zadig</source>
        <translation>Zadig</translation>
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
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Service / container</source>
        <translation>服务 / 容器</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Source image</source>
        <translation>源镜像</translation>
    </message>
    <message>
        <source>Target image</source>
        <translation>目标镜像</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>已推送</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>zadig::Desk</name>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>API 令牌未保存</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation>无法将 API 令牌保存到系统钥匙串。令牌将保存在内存中直到 Zadig Desk 退出，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>Zadig Desk</source>
        <translation>Zadig Desk</translation>
    </message>
    <message>
        <source>Zadig Desk could not start.</source>
        <translation>Zadig Desk 无法启动。</translation>
    </message>
    <message>
        <source>Reading the API token from the system keychain…</source>
        <translation>正在从系统钥匙串读取 API 令牌…</translation>
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
    <message>
        <source>Which Zadig the demo server imitates: 3 (2.3 to 3.4), 4 (4.x; also 4.0, 4.1, 4.2, 4.2.1, 4.3) or 5.</source>
        <translation>演示服务器模拟的 Zadig 版本：3（2.3 至 3.4）、4（4.x；也可为 4.0、4.1、4.2、4.2.1、4.3）或 5。</translation>
    </message>
    <message>
        <source>Unknown API generation: %1</source>
        <translation>未知的 API 版本：%1</translation>
    </message>
    <message>
        <source>With --demo: milliseconds every answer of the demo server waits, as from a far-away server.</source>
        <translation>与 --demo 一起使用：演示服务器每个应答等待的毫秒数，模拟远处的服务器。</translation>
    </message>
    <message>
        <source>Invalid latency: %1</source>
        <translation>无效的延迟：%1</translation>
    </message>
</context>
<context>
    <name>zadig::ServerGeneration</name>
    <message>
        <source>Zadig 2.3–3.4</source>
        <translation>Zadig 2.3–3.4</translation>
    </message>
    <message>
        <source>Zadig 4.x</source>
        <translation>Zadig 4.x</translation>
    </message>
    <message>
        <source>Zadig 5.x</source>
        <translation>Zadig 5.x</translation>
    </message>
    <message>
        <source>Unknown Zadig version</source>
        <translation>未知的 Zadig 版本</translation>
    </message>
</context>
<context>
    <name>zadig::TokenStore</name>
    <message>
        <source>no keychain service answered</source>
        <translation>没有钥匙串服务响应</translation>
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
    <message>
        <source>The server did not give this version&apos;s details: %1</source>
        <translation>服务器未返回该版本的详情：%1</translation>
    </message>
</context>
<context>
    <name>zadig::ui::AboutDialog</name>
    <message>
        <source>About Zadig Desk</source>
        <translation>关于 Zadig Desk</translation>
    </message>
    <message>
        <source>Zadig Desk</source>
        <translation>Zadig Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（编译时使用 Qt %2）</translation>
    </message>
    <message>
        <source>Zadig documentation</source>
        <translation>Zadig 文档</translation>
    </message>
    <message>
        <source>Zadig Desk project page</source>
        <translation>Zadig Desk 项目主页</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>A desktop client for the delivery versions (版本管理) of Zadig, the CI/CD platform: browse, create, retry, compare, export and delete versions.</source>
        <translation>Zadig（云原生 CI/CD 平台）版本管理的桌面客户端：浏览、创建、重试、比较、导出和删除版本。</translation>
    </message>
    <message>
        <source>Licence: Apache License, version 2.0 (see the LICENSE file).</source>
        <translation>许可证：Apache License 2.0（见 LICENSE 文件）。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::BasicsPage</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Name the version for project “%1”. The name must not be used by a live version of the project.</source>
        <translation>为项目“%1”的版本命名。名称不能与该项目现有的版本重复。</translation>
    </message>
    <message>
        <source>e.g. v2.7.0</source>
        <translation>例如 v2.7.0</translation>
    </message>
    <message>
        <source>What this version delivers (optional)</source>
        <translation>该版本交付的内容（可选）</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter a version name.</source>
        <translation>请输入版本名称。</translation>
    </message>
    <message>
        <source>A version named “%1” already exists in this project: choose another name.</source>
        <translation>该项目中已存在名为“%1”的版本，请换一个名称。</translation>
    </message>
    <message>
        <source>Checking that “%1” is not taken…</source>
        <translation>正在检查“%1”是否已被使用…</translation>
    </message>
    <message>
        <source>Checking the name with the server…</source>
        <translation>正在向服务器核对名称…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is taken (%2). You can go on: the server refuses a duplicate name, and the wizard then brings you back here.</source>
        <translation>无法检查“%1”是否已被使用（%2）。你可以继续：服务器会拒绝重复的名称，届时向导会带你回到此页。</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
</context>
<context>
    <name>zadig::ui::CertificateDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation>不受信任的证书</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation>无法验证 %1 的证书。</translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server uses a certificate your system does not know (for example one issued by your company&apos;s own certificate authority). Nothing, not even the API token, has been sent to the server.</source>
        <translation>可能有人正在拦截此连接，或者服务器使用了你的系统无法识别的证书（例如由公司内部证书颁发机构签发的证书）。目前没有向服务器发送任何内容，包括 API 令牌。</translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation>%1（尚未生效）</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>生效时间：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you before you trust the certificate. For a company certificate authority, add its CA file to the connection instead (Connection ▸ Manage Connections…).</source>
        <translation>信任该证书之前，请将指纹与管理员提供的指纹进行核对。如果是公司内部的证书颁发机构，请改为在连接中添加其 CA 文件（连接 ▸ 管理连接…）。</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Session</source>
        <translation>在本次会话中信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for “%1”</source>
        <translation>为“%1”信任此证书(&amp;T)</translation>
    </message>
    <message>
        <source>The certificate is self-signed: no authority your system trusts vouches for it.</source>
        <translation>该证书是自签名证书：没有任何受你的系统信任的机构为其担保。</translation>
    </message>
    <message>
        <source>The certificate was issued by an authority your system does not trust.</source>
        <translation>该证书由你的系统不信任的机构签发。</translation>
    </message>
    <message>
        <source>The certificate is for another server: it does not name “%1”.</source>
        <translation>该证书属于其他服务器：证书中不包含“%1”。</translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation>该证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation>该证书在 %1 之前无效。</translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation>该证书已被颁发者吊销。</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>无法验证该证书。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>The server packages each chosen service&apos;s chart with these versions and pushes it to the chart repository.</source>
        <translation>服务器会按这些版本号打包所选服务的 Chart，并推送到 Chart 仓库。</translation>
    </message>
    <message>
        <source>Chart repository name</source>
        <translation>Chart 仓库名称</translation>
    </message>
    <message>
        <source>Chart &amp;repository:</source>
        <translation>Chart 仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Chart versions (SemVer, e.g. 1.2.0):</source>
        <translation>Chart 版本（SemVer 格式，例如 1.2.0）：</translation>
    </message>
    <message>
        <source>The server lists no chart repository for this project: type the repository&apos;s name as Zadig knows it.</source>
        <translation>服务器没有列出该项目的 Chart 仓库：请输入该仓库在 Zadig 中的名称。</translation>
    </message>
    <message>
        <source>The server does not list chart repositories here: type the repository&apos;s name as Zadig knows it.</source>
        <translation>服务器无法在此列出 Chart 仓库：请输入该仓库在 Zadig 中的名称。</translation>
    </message>
    <message>
        <source>e.g. 1.2.0</source>
        <translation>例如 1.2.0</translation>
    </message>
    <message>
        <source>Chart version of %1</source>
        <translation>%1 的 Chart 版本</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>当前为 %1</translation>
    </message>
    <message>
        <source>No versions could be suggested (%1): enter them.</source>
        <translation>无法给出建议的版本号（%1），请手动输入。</translation>
    </message>
    <message>
        <source>not in the repository yet</source>
        <translation>仓库中尚无此 Chart</translation>
    </message>
    <message>
        <source>Loading the chart repositories…</source>
        <translation>正在加载 Chart 仓库…</translation>
    </message>
    <message>
        <source>Choose or type the chart repository.</source>
        <translation>请选择或输入 Chart 仓库。</translation>
    </message>
    <message>
        <source>Choose at least one service on the Services page.</source>
        <translation>请在“服务与镜像”页至少选择一个服务。</translation>
    </message>
    <message>
        <source>Enter a chart version for %1.</source>
        <translation>请输入 %1 的 Chart 版本。</translation>
    </message>
    <message>
        <source>Chart version %1 of %2 is not SemVer (e.g. 1.2.0).</source>
        <translation>%2 的 Chart 版本 %1 不符合 SemVer 格式（例如 1.2.0）。</translation>
    </message>
    <message>
        <source>Looking up the next chart versions in “%1”…</source>
        <translation>正在从“%1”中查询下一个 Chart 版本号…</translation>
    </message>
    <message>
        <source>Version “%1” was pushed to this repository; a version made from it must use the same one.</source>
        <translation>版本“%1”已推送到此仓库；基于它创建的版本必须使用同一个仓库。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::CompareDialog</name>
    <message>
        <source>Compare %1 → %2</source>
        <translation>比较 %1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation>仅显示变更(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>复制为 Markdown(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the changes as a Markdown table, for a change ticket</source>
        <translation>将变更复制为 Markdown 表格，用于变更工单</translation>
    </message>
    <message>
        <source>&amp;Save As</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>Markdown(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>JSON(&amp;J)…</translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n 项变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n 项新增</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 项未变更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n 项移除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable</source>
        <translation>
            <numerusform>%n 项不可用</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>没有可比较的内容</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a comparison</comment>
        <translation>，</translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation>正在读取 %1 和 %2…</translation>
    </message>
    <message>
        <source>a legacy version without a type; the server cannot give its deliverables</source>
        <translation>没有类型的旧版本；服务器无法提供其交付物</translation>
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>“%1” cannot be compared: %2</source>
        <translation>“%1”无法比较：%2</translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation>保存比较结果</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
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
        <translation>请输入 Zadig 服务器地址和 API 令牌。API 令牌可在 Zadig 的“账号设置 / 用户设置”→“API&#xa0;Token”中查看。</translation>
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
    <message>
        <source>No system keychain: the token is kept in memory for this session only</source>
        <translation>没有系统钥匙串：API 令牌只在本次会话中保存在内存里</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>仅使用系统证书</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation>默认（%1 秒）</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>忘记(&amp;F)</translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation>不再信任所选的证书</translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation>设置令牌(&amp;T)…</translation>
    </message>
    <message>
        <source>Forget To&amp;ken</source>
        <translation>忘记令牌(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>CA 证书文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation>受信任的证书：</translation>
    </message>
    <message>
        <source>API token:</source>
        <translation>API 令牌：</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>连接(&amp;O)</translation>
    </message>
    <message>
        <source>Save and switch to the selected connection</source>
        <translation>保存并切换到所选的连接</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation>新连接</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1”?

Its token is removed from the system keychain too when no other connection uses the same server.</source>
        <translation>要移除连接“%1”吗？

如果没有其他连接使用同一服务器，其 API 令牌也会从系统钥匙串中移除。</translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Set API Token</source>
        <translation>设置 API 令牌</translation>
    </message>
    <message>
        <source>API token for %1:</source>
        <translation>%1 的 API 令牌：</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: the token is kept per server.</source>
        <translation>请先输入服务器地址：API 令牌按服务器分别保存。</translation>
    </message>
    <message>
        <source>The token is saved in the system keychain.</source>
        <translation>API 令牌已保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Warning: the token could not be saved in the system keychain (%1). It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation>警告：无法将 API 令牌保存到系统钥匙串（%1）。令牌将保存在内存中直到 Zadig Desk 退出，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>The token for this server was forgotten.</source>
        <translation>已忘记该服务器的 API 令牌。</translation>
    </message>
    <message>
        <source>A token is kept in memory for this session only: the system keychain could not keep it.</source>
        <translation>API 令牌只在本次会话中保存在内存里：系统钥匙串无法保存它。</translation>
    </message>
    <message>
        <source>No system keychain is available: the token is asked for when you connect (or read from ZADIG_TOKEN), and never written to disk.</source>
        <translation>没有可用的系统钥匙串：连接时会要求输入 API 令牌（或从环境变量 ZADIG_TOKEN 读取），令牌不会写入磁盘。</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://zadig.example.com.</source>
        <translation>请输入服务器地址，例如 https://zadig.example.com。</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>With http:// the API token travels unencrypted. Use https:// unless this network is trusted.</source>
        <translation>使用 http:// 时，API 令牌将以明文传输。除非该网络可信，否则请使用 https://。</translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain when there is one, never in the settings. Set Token… saves or replaces this server&apos;s token.</source>
        <translation>如有系统钥匙串，API 令牌会保存在其中，绝不会写入设置文件。“设置令牌…”可保存或替换该服务器的令牌。</translation>
    </message>
    <message>
        <source>Request time&amp;out:</source>
        <translation>请求超时(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>zadig::ui::CreateVersionWizard</name>
    <message>
        <source>New Helm Chart Version — %1</source>
        <translation>新建 Helm Chart 版本 — %1</translation>
    </message>
    <message>
        <source>New K8s YAML Version — %1</source>
        <translation>新建 K8s YAML 版本 — %1</translation>
    </message>
    <message>
        <source>The server did not create version “%1”:</source>
        <translation>服务器未创建版本“%1”：</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>The server answered with an error (%1), but it had stored the version. It is watched below; if it failed, retry or delete it.</source>
        <translation>服务器返回了错误（%1），但版本已保存。下方会跟踪它的进度；如果失败，请重试或删除它。</translation>
    </message>
    <message>
        <source>Another version was created on the server in the same second.</source>
        <translation>服务器上同一秒内创建了另一个版本。</translation>
    </message>
    <message>
        <source>Zadig allows one new version per second on the whole server, so it refused “%1” although the name is free. Nothing was created and nothing you entered is lost: click Create Version to send it again.</source>
        <translation>Zadig 在整个服务器上每秒只允许创建一个版本，因此虽然名称可用，仍拒绝了“%1”。没有创建任何内容，您输入的内容也都保留着：点击“创建版本”重新提交。</translation>
    </message>
    <message>
        <source>Starting from “%1”</source>
        <translation>基于“%1”创建</translation>
    </message>
    <message>
        <source>Reading what it delivers…</source>
        <translation>正在读取其交付物…</translation>
    </message>
    <message>
        <source>Its deliverables could not be read (%1): choose them yourself.</source>
        <translation>无法读取其交付物（%1）：请自行选择。</translation>
    </message>
    <message>
        <source>Its labels, containers and tags, registry and charts are filled in. Choose the environment to take the images from; what it no longer has is listed on the Services page.</source>
        <translation>已填入其标签、容器与标签、镜像仓库和 Chart。请选择获取镜像的环境；环境中已不存在的内容会在“服务和镜像”页列出。</translation>
    </message>
    <message>
        <source>The server refused “%1” as already existing, and whether the name is taken could not be checked (%2). Nothing you entered is lost: check the versions, then click Create Version again.</source>
        <translation>服务器以已存在为由拒绝了“%1”，且无法确认该名称是否已被占用（%2）。您输入的内容都已保留：请检查版本列表，然后再次点击“创建版本”。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::DetailPane</name>
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
    <message>
        <source>Could not refresh this version; showing what was read before: %1</source>
        <translation>无法刷新该版本，当前显示的是之前读取的内容：%1</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>From an environment</source>
        <translation>来自环境</translation>
    </message>
    <message>
        <source>From another version</source>
        <translation>来自其他版本</translation>
    </message>
    <message>
        <source>K8s services and their images</source>
        <translation>K8s 服务及其镜像</translation>
    </message>
    <message>
        <source>View Values…</source>
        <translation>查看 Values…</translation>
    </message>
    <message>
        <source>View YAML…</source>
        <translation>查看 YAML…</translation>
    </message>
    <message>
        <source>From production environment “%1”</source>
        <translation>来自生产环境“%1”</translation>
    </message>
    <message>
        <source>From environment “%1”</source>
        <translation>来自环境“%1”</translation>
    </message>
    <message>
        <source>From version “%1”</source>
        <translation>来自版本“%1”</translation>
    </message>
    <message>
        <source>Show &amp;Log…</source>
        <translation>查看日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Find Versions Shipping This Image</source>
        <translation>查找包含此镜像的版本</translation>
    </message>
</context>
<context>
    <name>zadig::ui::EnvironmentPage</name>
    <message>
        <source>&amp;Test environment</source>
        <translation>测试环境(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Production environment</source>
        <translation>生产环境(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>The version records the services and images running in this environment.</source>
        <translation>版本将记录该环境中正在运行的服务和镜像。</translation>
    </message>
    <message>
        <source>Choose an environment…</source>
        <translation>选择环境…</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>环境类型：</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1（命名空间 %2）</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>集群 %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>updated %1 by %2</source>
        <translation>由 %2 更新于 %1</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>Loading the environments…</source>
        <translation>正在加载环境…</translation>
    </message>
    <message>
        <source>The environments could not be loaded: try Reload.</source>
        <translation>无法加载环境，请尝试“重新加载”。</translation>
    </message>
    <message>
        <source>This project has no production environment.</source>
        <translation>该项目没有生产环境。</translation>
    </message>
    <message>
        <source>This project has no test environment.</source>
        <translation>该项目没有测试环境。</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>请选择环境。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>An environ&amp;ment</source>
        <translation>环境(&amp;M)</translation>
    </message>
    <message>
        <source>An existing &amp;version</source>
        <translation>已有版本(&amp;V)</translation>
    </message>
    <message>
        <source>Create from:</source>
        <translation>创建自：</translation>
    </message>
    <message>
        <source>Choose a version…</source>
        <translation>选择版本…</translation>
    </message>
    <message>
        <source>&amp;Original version:</source>
        <translation>原版本(&amp;O)：</translation>
    </message>
    <message>
        <source>The new version records the services and images of an earlier version, distributed again with new tags.</source>
        <translation>新版本记录已有版本的服务和镜像，并以新标签重新分发。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The newest %1 of %2 versions are listed.</source>
        <translation>列出了 %2 个版本中最新的 %1 个。</translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation>正在加载版本…</translation>
    </message>
    <message>
        <source>The versions could not be loaded: try Reload.</source>
        <translation>无法加载版本：请点击“重新加载”。</translation>
    </message>
    <message>
        <source>This project has no version to start from.</source>
        <translation>此项目没有可作为起点的版本。</translation>
    </message>
    <message>
        <source>Choose the version to start from.</source>
        <translation>请选择作为起点的版本。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ExportDialog</name>
    <message>
        <source>Export Manifest — %1</source>
        <translation>导出清单 — %1</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the manifest to the clipboard</source>
        <translation>将清单复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the manifest to a file</source>
        <translation>将清单保存到文件</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>正在读取“%1”…</translation>
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save Manifest</source>
        <translation>保存清单</translation>
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
        <source>Version “%1” failed.</source>
        <translation>版本“%1”状态变为失败。</translation>
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
    <message>
        <source>Cannot Create a Version</source>
        <translation>无法创建版本</translation>
    </message>
    <message>
        <source>Project “%1” has the deploy type “%2”. Versions can be created here for K8s YAML and Helm Chart projects only.</source>
        <translation>项目“%1”的部署类型为“%2”。此处只能为 K8s YAML 和 Helm Chart 项目创建版本。</translation>
    </message>
    <message>
        <source>Retrying “%1”…</source>
        <translation>正在重试“%1”…</translation>
    </message>
    <message>
        <source>“%1” is being retried.</source>
        <translation>“%1”正在重试。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>&amp;About Zadig Desk</source>
        <translation>关于 Zadig Desk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>CA Certificate File Not Used</source>
        <translation>未使用 CA 证书文件</translation>
    </message>
    <message>
        <source>The CA certificate file of “%1” could not be used; only the system&apos;s certificates are trusted.</source>
        <translation>无法使用“%1”的 CA 证书文件；当前只信任系统证书。</translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation>没有已保存的连接</translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation>管理连接(&amp;M)…</translation>
    </message>
    <message>
        <source>This connection to %1 uses http://: the API token and all data travel unencrypted. Use https:// unless this network is trusted.</source>
        <translation>与 %1 的连接使用 http://：API 令牌和所有数据都以明文传输。除非该网络可信，否则请使用 https://。</translation>
    </message>
    <message>
        <source>Certificate trusted; loading again…</source>
        <translation>已信任证书，正在重新加载…</translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation>%1 的 API 令牌</translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation>API 令牌未保存</translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation>无法将 API 令牌保存到系统钥匙串。令牌将保存在内存中直到 Zadig Desk 退出，下次启动时需要重新输入。</translation>
    </message>
    <message>
        <source>Version “%1” succeeded.</source>
        <translation>版本“%1”状态变为成功。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New Version</source>
        <translation>新建版本</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Enter a valid API token for this server.</source>
        <translation>请输入此服务器的有效 API 令牌。</translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation>输入令牌(&amp;T)…</translation>
    </message>
    <message>
        <source>The server refused the API token. Enter a valid token for %1.</source>
        <translation>服务器拒绝了该 API 令牌。请输入 %1 的有效令牌。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connect to a Zadig server with an API token, or try the demo server.</source>
        <translation>使用 API 令牌连接 Zadig 服务器，或试用演示服务器。</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>连接(&amp;C)…</translation>
    </message>
    <message>
        <source>Project “%1” not found</source>
        <translation>未找到项目“%1”</translation>
    </message>
    <message>
        <source>This server has no project with the key “%1”, or this token cannot see it. Choose a project in the Project list.</source>
        <translation>此服务器上没有标识为“%1”的项目，或该 API 令牌无权查看它。请在项目列表中选择一个项目。</translation>
    </message>
    <message>
        <source>project “%1” does not exist or is not visible with this token</source>
        <translation>项目“%1”不存在，或该 API 令牌无权查看</translation>
    </message>
    <message>
        <source>The Zadig release line of the server, as it answered</source>
        <translation>根据服务器的响应判断的 Zadig 版本系列</translation>
    </message>
    <message>
        <source>Unsupported Zadig server</source>
        <translation>不支持的 Zadig 服务器</translation>
    </message>
    <message>
        <source>“%1” is being retried. Zadig 4.0 to 4.2 never reports the end of a retry: it stays “Retrying” here; check its images in Zadig.</source>
        <translation>“%1”正在重试。Zadig 4.0 至 4.2 不会报告重试何时结束：此处会一直显示“重试中”，请在 Zadig 中查看其镜像。</translation>
    </message>
    <message>
        <source>Delete version “%1” from project “%2” for good?

Zadig 4.x and 5.x remove it completely: its name can be used again at once. Images and charts it already pushed stay in their registries.

This cannot be undone.</source>
        <translation>要从项目“%2”中永久删除版本“%1”吗？

Zadig 4.x 和 5.x 会将其彻底删除：其名称可立即再次使用。已推送的镜像和 Chart 仍保留在各自的仓库中。

此操作无法撤销。</translation>
    </message>
    <message>
        <source>Create &amp;from This Version…</source>
        <translation>基于此版本创建(&amp;F)…</translation>
    </message>
    <message>
        <source>Create a version with the images of the selected one (Ctrl+Shift+N)</source>
        <translation>用所选版本的镜像创建新版本（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Asking the server which Zadig it runs…</source>
        <translation>正在询问服务器运行的 Zadig 版本…</translation>
    </message>
    <message>
        <source>The server&apos;s Zadig release could not be told: %1</source>
        <translation>无法确定服务器的 Zadig 版本：%1</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>与…比较</translation>
    </message>
    <message>
        <source>Compare “%1” with:</source>
        <translation>将“%1”与以下版本比较：</translation>
    </message>
    <message>
        <source>&amp;Export Manifest…</source>
        <translation>导出清单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the selected version&apos;s manifest as Markdown, CSV or JSON (Ctrl+E)</source>
        <translation>将所选版本的清单导出为 Markdown、CSV 或 JSON（Ctrl+E）</translation>
    </message>
    <message>
        <source>Com&amp;pare Versions…</source>
        <translation>比较版本(&amp;P)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Compare the two selected versions; Ctrl+click selects a second one (Ctrl+Shift+D)</source>
        <translation>比较所选的两个版本；按住 Ctrl 点击可选择第二个（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>与…比较(&amp;W)…</translation>
    </message>
    <message>
        <source>Compare the selected version with another one</source>
        <translation>将所选版本与另一个版本比较</translation>
    </message>
    <message>
        <source>&amp;Notify Me When Done</source>
        <translation>完成时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected version succeeds or fails while Zadig Desk is in the background</source>
        <translation>Zadig Desk 在后台时，所选版本成功或失败后显示桌面通知</translation>
    </message>
    <message>
        <source>Version succeeded</source>
        <translation>版本已成功</translation>
    </message>
    <message>
        <source>Version failed</source>
        <translation>版本已失败</translation>
    </message>
    <message>
        <source>“%1” in %2 succeeded.</source>
        <translation>%2 中的“%1”已成功。</translation>
    </message>
    <message>
        <source>“%1” in %2 failed.</source>
        <translation>%2 中的“%1”已失败。</translation>
    </message>
    <message>
        <source>“%1” is in project %2, which is no longer open.</source>
        <translation>“%1”属于项目 %2，该项目已不再打开。</translation>
    </message>
    <message>
        <source>&amp;Search All Versions</source>
        <translation>搜索全部版本(&amp;S)</translation>
    </message>
    <message>
        <source>Look for the filter&apos;s text in every version of the project, not only the page shown (Ctrl+Shift+F)</source>
        <translation>在项目的所有版本中查找筛选框中的文字，而不只是当前页 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop searching all versions</source>
        <translation>停止搜索全部版本</translation>
    </message>
    <message numerus="yes">
        <source>Searching all versions: %n found</source>
        <translation>
            <numerusform>正在搜索全部版本：已找到 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No version in project %1 matches “%2”.</source>
        <translation>项目 %1 中没有与“%2”匹配的版本。</translation>
    </message>
    <message>
        <source>Versions in the whole project matching “%1”: %2</source>
        <translation>整个项目中与“%1”匹配的版本：%2 个</translation>
    </message>
    <message>
        <source>Could not search all versions: %1</source>
        <translation>无法搜索全部版本：%1</translation>
    </message>
    <message>
        <source>Type what to look for in the filter box, then search all versions.</source>
        <translation>请先在筛选框中输入要查找的内容，再搜索全部版本。</translation>
    </message>
    <message>
        <source>Searching all versions…</source>
        <translation>正在搜索全部版本…</translation>
    </message>
    <message>
        <source>Versions Shipping an &amp;Image…</source>
        <translation>包含镜像的版本(&amp;I)…</translation>
    </message>
    <message>
        <source>Find every version of the project that ships an image, by name, tag or reference (Ctrl+Shift+I)</source>
        <translation>按名称、标签或完整引用，查找项目中包含某个镜像的所有版本 (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Listing the versions…</source>
        <translation>正在列出版本…</translation>
    </message>
    <message numerus="yes">
        <source>Looking at each version&apos;s images: %n found</source>
        <translation>
            <numerusform>正在查看各版本的镜像：已找到 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read from the server</source>
        <translation>
            <numerusform>%n 个从服务器读取</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from the cache</source>
        <translation>
            <numerusform>，%n 个来自缓存</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation>
            <numerusform>，%n 个无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>No version in project %1 ships “%2” (%3).</source>
        <translation>项目 %1 中没有版本包含“%2”（%3）。</translation>
    </message>
    <message>
        <source>Versions shipping “%1”: %2 (%3)</source>
        <translation>包含“%1”的版本：%2 个（%3）</translation>
    </message>
    <message>
        <source>Could not search the versions&apos; images: %1</source>
        <translation>无法搜索版本的镜像：%1</translation>
    </message>
    <message>
        <source>Versions Shipping an Image</source>
        <translation>包含镜像的版本</translation>
    </message>
    <message>
        <source>Image name, tag or reference in project %1
(for example “cart”, “v1.2.0”, “cart:v1.2.0” or “harbor.example.com/mall/cart:v1.2.0”):</source>
        <translation>项目 %1 中的镜像名称、标签或引用
（例如“cart”、“v1.2.0”、“cart:v1.2.0”或“harbor.example.com/mall/cart:v1.2.0”）：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
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
    <name>zadig::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long to wait for an answer that has stopped moving. A connection can have its own timeout (Manage Connections).</source>
        <translation>服务器停止传输数据后等待响应的时长。每个连接也可以设置自己的超时（管理连接）。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Default request &amp;timeout:</source>
        <translation>默认请求超时(&amp;T)：</translation>
    </message>
    <message>
        <source>The new language is used the next time Zadig Desk starts.</source>
        <translation>新语言将在 Zadig Desk 下次启动时生效。</translation>
    </message>
    <message>
        <source>A change of language takes effect when Zadig Desk restarts.</source>
        <translation>更改语言后需重新启动 Zadig Desk 才能生效。</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Notify me when a version I watch succeeds or fails</source>
        <translation>我关注的版本成功或失败时通知我(&amp;N)</translation>
    </message>
    <message>
        <source>Versions created or retried here, and those marked “Notify Me When Done”, show a desktop notification when they settle while Zadig Desk is in the background.</source>
        <translation>在此创建或重试的版本，以及标记了“完成时通知我”的版本，在 Zadig Desk 处于后台时结束后会显示桌面通知。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ProgressPage</name>
    <message>
        <source>&amp;Retry Version</source>
        <translation>重试版本(&amp;R)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>The server copies the images to the target registry. You can close this window: the table keeps showing the progress.</source>
        <translation>服务器正在将镜像复制到目标镜像仓库。你可以关闭此窗口，版本列表会继续显示进度。</translation>
    </message>
    <message>
        <source>The new version is not on the first page of the list yet. Refresh the table later to see it.</source>
        <translation>新版本尚未出现在列表第一页。请稍后刷新列表查看。</translation>
    </message>
    <message>
        <source>Stopped watching after %1 minutes: the version is still %2. Refresh the table later to see how it ends.</source>
        <translation>已在 %1 分钟后停止跟踪，该版本的状态仍为%2。请稍后刷新列表查看最终结果。</translation>
    </message>
    <message>
        <source>The version is gone from the server (deleted?).</source>
        <translation>该版本已不在服务器上（可能已被删除）。</translation>
    </message>
    <message>
        <source>The progress could not be read (%1); trying again.</source>
        <translation>无法读取进度（%1），正在重试。</translation>
    </message>
    <message>
        <source>Version “%1” was accepted by the server.</source>
        <translation>服务器已接受版本“%1”。</translation>
    </message>
    <message>
        <source>Looking for the new version…</source>
        <translation>正在查找新版本…</translation>
    </message>
    <message>
        <source>The version is being created.</source>
        <translation>版本正在创建中。</translation>
    </message>
    <message>
        <source>Retrying: %1 of %2 images copied…</source>
        <translation>重试中：已复制 %1/%2 个镜像…</translation>
    </message>
    <message>
        <source>Creating: %1 of %2 images copied…</source>
        <translation>创建中：已复制 %1/%2 个镜像…</translation>
    </message>
    <message>
        <source>Retrying: waiting for the distribution job…</source>
        <translation>重试中：正在等待分发任务…</translation>
    </message>
    <message>
        <source>Creating: waiting for the distribution job…</source>
        <translation>创建中：正在等待分发任务…</translation>
    </message>
    <message>
        <source>Done: version “%1” was created.</source>
        <translation>完成：版本“%1”已创建。</translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation>服务器没有给出原因。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The server cannot retry this version: it was saved as failed before its distribution job existed. Retry explains and offers to delete it, so that it can be created again.</source>
        <translation>服务器无法重试该版本：它在分发任务创建之前就已被标记为失败。点击“重试版本”会说明原因，并提供删除该版本的选项，以便重新创建。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Asking the server to retry “%1”…</source>
        <translation>正在请求服务器重试“%1”…</translation>
    </message>
    <message>
        <source>Version “%1” was deleted. Everything you entered is kept: check it (a registry is needed when images are distributed) and create the version again.</source>
        <translation>版本“%1”已删除。你输入的所有内容均已保留：请检查（分发镜像时需要指定镜像仓库），然后重新创建该版本。</translation>
    </message>
    <message>
        <source>Version “%1” is ready.</source>
        <translation>版本“%1”已就绪。</translation>
    </message>
    <message numerus="yes">
        <source>Done: version “%1” was created; %n image(s) copied.</source>
        <translation>
            <numerusform>完成：版本“%1”已创建，已复制 %n 个镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “%1” failed.</source>
        <translation>版本“%1”失败。</translation>
    </message>
    <message numerus="yes">
        <source>Failed: version “%1” was not completed (%2 of %n image(s) copied).</source>
        <translation>
            <numerusform>失败：版本“%1”未能完成（已复制 %2/%n 个镜像）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “%1” is being retried.</source>
        <translation>版本“%1”正在重试。</translation>
    </message>
    <message>
        <source>Zadig 4.0 to 4.2 never reports the end of a retry: the version stays “Retrying”. Check its images in Zadig.</source>
        <translation>Zadig 4.0 至 4.2 不会报告重试结束：版本将一直显示“重试中”。请在 Zadig 中查看其镜像。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::RegistryPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Target Registry</source>
        <translation>目标镜像仓库</translation>
    </message>
    <message>
        <source>The images of the charts are copied to this registry.</source>
        <translation>Chart 中的镜像会复制到此镜像仓库。</translation>
    </message>
    <message>
        <source>Distributed images are copied to this registry under their new tags.</source>
        <translation>分发的镜像会以新 Tag 复制到此镜像仓库。</translation>
    </message>
    <message>
        <source>Choose a registry…</source>
        <translation>选择镜像仓库…</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image in the version</source>
        <translation>版本中的镜像</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>No target registry (nothing is copied)</source>
        <translation>不使用目标镜像仓库（不复制任何镜像）</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (not copied: recorded as it runs now)</source>
        <translation>%1（不复制：按当前运行的镜像记录）</translation>
    </message>
    <message>
        <source>? (choose a registry) …/%1:%2</source>
        <translation>?（请选择镜像仓库）…/%1:%2</translation>
    </message>
    <message>
        <source>Loading the registries…</source>
        <translation>正在加载镜像仓库…</translation>
    </message>
    <message>
        <source>The registries could not be loaded: try Reload.</source>
        <translation>无法加载镜像仓库，请尝试“重新加载”。</translation>
    </message>
    <message>
        <source>The server has no image registry: a version that distributes images needs one.</source>
        <translation>服务器上没有镜像仓库：分发镜像的版本必须指定一个镜像仓库。</translation>
    </message>
    <message>
        <source>Choose a registry: a Helm version needs one.</source>
        <translation>请选择镜像仓库：Helm 版本必须指定镜像仓库。</translation>
    </message>
    <message>
        <source>Choose a registry: images are distributed.</source>
        <translation>请选择镜像仓库：有镜像需要分发。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::RetryFlow</name>
    <message>
        <source>Could Not Retry</source>
        <translation>无法重试</translation>
    </message>
    <message>
        <source>The version could not be read before retrying it.</source>
        <translation>重试前无法读取该版本。</translation>
    </message>
    <message>
        <source>Nothing to Retry</source>
        <translation>无需重试</translation>
    </message>
    <message>
        <source>Only a failed version can be retried; “%1” is %2 now.</source>
        <translation>只有失败的版本才能重试；“%1”当前的状态为：%2。</translation>
    </message>
    <message>
        <source>Cannot Retry</source>
        <translation>不支持重试</translation>
    </message>
    <message>
        <source>“%1” is of type “%2”, which the delivery API cannot retry.</source>
        <translation>“%1”的类型为“%2”，版本管理 API 无法重试此类型的版本。</translation>
    </message>
    <message>
        <source>The server saved it as failed before its distribution job existed (its images were to be distributed, but no target registry was given), so there is nothing it can run again.

The server said: %1</source>
        <translation>服务器在创建分发任务之前就已将其标记为失败（其镜像需要分发，但没有指定目标镜像仓库），因此没有可以重新执行的任务。

服务器返回：%1</translation>
    </message>
    <message>
        <source>The project&apos;s environments could not be read for the retry of “%1”.</source>
        <translation>无法读取项目的环境，因此无法重试“%1”。</translation>
    </message>
    <message>
        <source>Project “%1” has no environment, and the server needs one to retry “%2”.</source>
        <translation>项目“%1”没有任何环境，而服务器重试“%2”时需要一个环境。</translation>
    </message>
    <message>
        <source>The server refused to retry it.

The server said: %1</source>
        <translation>服务器拒绝重试该版本。

服务器返回：%1</translation>
    </message>
    <message>
        <source>The retry of “%1” was not sent through.</source>
        <translation>未能提交“%1”的重试请求。</translation>
    </message>
    <message>
        <source>Version Cannot Be Retried</source>
        <translation>版本无法重试</translation>
    </message>
    <message>
        <source>“%1” cannot be retried.

%2

Delete it instead? Its name can then be used for a new version. This cannot be undone.</source>
        <translation>“%1”无法重试。

%2

是否改为删除该版本？删除后，其名称可用于新版本。此操作无法撤销。</translation>
    </message>
    <message>
        <source>“%1” was not retried.</source>
        <translation>未重试“%1”。</translation>
    </message>
    <message>
        <source>Could Not Delete Version</source>
        <translation>无法删除版本</translation>
    </message>
    <message>
        <source>Version “%1” was not deleted.</source>
        <translation>版本“%1”未被删除。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Check the version. The body below is exactly what is sent to the server.</source>
        <translation>请核对版本信息。下方的请求体就是将发送给服务器的完整内容。</translation>
    </message>
    <message>
        <source>&amp;Create Version</source>
        <translation>创建版本(&amp;C)</translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation>请求体：</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>production</source>
        <translation>生产环境</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>none (nothing is copied)</source>
        <translation>无（不复制任何镜像）</translation>
    </message>
    <message>
        <source>Chart repository</source>
        <translation>Chart 仓库</translation>
    </message>
    <message>
        <source>%1, chart %2</source>
        <translation>%1，Chart %2</translation>
    </message>
    <message>
        <source>recorded, not copied</source>
        <translation>仅记录，不复制</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>The server is still working on this version. The wizard stays open until it answers, so that nothing you entered is lost; closing it would not stop the server.</source>
        <translation>服务器仍在处理该版本。在服务器响应之前，向导会保持打开，以免丢失你输入的内容；即使关闭向导，服务器也不会停止处理。</translation>
    </message>
    <message>
        <source>Packaging and pushing charts… this can take a few minutes.</source>
        <translation>正在打包并推送 Chart…这可能需要几分钟。</translation>
    </message>
    <message>
        <source>Creating the version…</source>
        <translation>正在创建版本…</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>复制 JSON(&amp;J)</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>创建自</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Zadig 4.0 to 4.2 keep each service&apos;s YAML (or Helm values) as the request gives it: on Create Version it is read from the environment and put into yaml_content.</source>
        <translation>Zadig 4.0 至 4.2 按请求原样保存每个服务的 YAML（或 Helm values）：点击“创建版本”时会从环境读取并填入 yaml_content。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::ServicesPage</name>
    <message>
        <source>Set &amp;All Tags</source>
        <translation>统一设置 Tag(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Services and Images</source>
        <translation>服务与镜像</translation>
    </message>
    <message>
        <source>Choose the containers whose images go into the version, and the tag each new image gets.</source>
        <translation>选择要将镜像纳入版本的容器，并为每个新镜像指定 Tag。</translation>
    </message>
    <message>
        <source>Service / container</source>
        <translation>服务 / 容器</translation>
    </message>
    <message>
        <source>Current image</source>
        <translation>当前镜像</translation>
    </message>
    <message>
        <source>Image name</source>
        <translation>镜像名称</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>新 Tag</translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation>分发</translation>
    </message>
    <message>
        <source>The repository name of the current image; the server requires it.</source>
        <translation>当前镜像的仓库名称（服务器要求必须提供）。</translation>
    </message>
    <message>
        <source>Copy the image to the target registry. Off: the image is recorded, not copied.</source>
        <translation>将镜像复制到目标镜像仓库。不勾选时只记录该镜像，不复制。</translation>
    </message>
    <message>
        <source>Choose A&amp;ll</source>
        <translation>全选(&amp;L)</translation>
    </message>
    <message>
        <source>Choose N&amp;one</source>
        <translation>全不选(&amp;O)</translation>
    </message>
    <message>
        <source>Set all tags &amp;to:</source>
        <translation>将所有 Tag 设为(&amp;T)：</translation>
    </message>
    <message>
        <source>(no containers)</source>
        <translation>（无容器）</translation>
    </message>
    <message>
        <source>new tag</source>
        <translation>新 Tag</translation>
    </message>
    <message>
        <source>New tag for %1</source>
        <translation>%1 的新 Tag</translation>
    </message>
    <message>
        <source>Distribute the image of %1</source>
        <translation>分发 %1 的镜像</translation>
    </message>
    <message>
        <source>Copy this image to the target registry</source>
        <translation>将此镜像复制到目标镜像仓库</translation>
    </message>
    <message>
        <source>Loading the services of “%1”…</source>
        <translation>正在加载环境“%1”的服务…</translation>
    </message>
    <message>
        <source>The services of “%1” could not be loaded: %2</source>
        <translation>无法加载环境“%1”的服务：%2</translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation>请先选择环境。</translation>
    </message>
    <message>
        <source>Environment “%1” has no services with containers.</source>
        <translation>环境“%1”中没有包含容器的服务。</translation>
    </message>
    <message>
        <source>Choose at least one container.</source>
        <translation>请至少选择一个容器。</translation>
    </message>
    <message>
        <source>The image name of %1 cannot be read from its image “%2”.</source>
        <translation>无法从镜像“%2”中解析出 %1 的镜像名称。</translation>
    </message>
    <message>
        <source>Enter a new tag for %1.</source>
        <translation>请输入 %1 的新 Tag。</translation>
    </message>
    <message>
        <source>“%1” is not a valid image tag for %2: use letters, digits, _ . and - (at most 128 characters).</source>
        <translation>“%1”不是 %2 的有效镜像 Tag：只能使用字母、数字、_、. 和 -（最多 128 个字符）。</translation>
    </message>
    <message>
        <source>e.g. 20241201-1</source>
        <translation>例如 20241201-1</translation>
    </message>
    <message>
        <source>A new tag for every chosen container</source>
        <translation>为所有选中的容器设置同一个新 Tag</translation>
    </message>
    <message>
        <source>Choose the images of “%1” that go into the new version, and the tag each new image gets.</source>
        <translation>选择“%1”中要放入新版本的镜像，以及每个新镜像的标签。</translation>
    </message>
    <message>
        <source>Choose the original version first.</source>
        <translation>请先选择原版本。</translation>
    </message>
    <message>
        <source>Version “%1” has no images.</source>
        <translation>版本“%1”没有镜像。</translation>
    </message>
    <message>
        <source>“%1” also delivered %2, which environment “%3” does not have: left out.</source>
        <translation>“%1”还交付了 %2，但环境“%3”中没有：已略过。</translation>
    </message>
</context>
<context>
    <name>zadig::ui::StatePane</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>zadig::ui::YamlViewer</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>This service has no Helm values in this version.</source>
        <translation>此服务在该版本中没有 Helm values。</translation>
    </message>
    <message>
        <source>This service has no K8s YAML in this version.</source>
        <translation>此服务在该版本中没有 K8s YAML。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy all the values</source>
        <translation>复制全部 values</translation>
    </message>
    <message>
        <source>Copy all the YAML</source>
        <translation>复制全部 YAML</translation>
    </message>
    <message>
        <source>Distribution log of %1 — %2</source>
        <translation>%1 的分发日志 — %2</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>上一个(&amp;P)</translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation>查找上一个匹配项 (Shift+F3)</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation>查找下一个匹配项 (F3)</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>复制整个日志</translation>
    </message>
    <message>
        <source>The server has no log lines for this image.</source>
        <translation>服务器没有此镜像的日志。</translation>
    </message>
    <message>
        <source>Reading the log from the server…</source>
        <translation>正在从服务器读取日志…</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
</context>
</TS>
