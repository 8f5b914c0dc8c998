<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ExportFiles</name>
    <message>
        <source>Could Not Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ApiError</name>
    <message>
        <source>Cannot reach the Zadig server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zadig server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was rejected (missing or expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token has no permission for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery versions need a Zadig Professional or Enterprise licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version or environment was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zadig server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Zadig server&apos;s delivery API is not supported (v2.3.1 to v3.4.1 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a summary of the error, %2 what the server said (often Chinese) or a detail</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is too large (more than %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to another origin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no complete answer before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for a whole transfer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server kept redirecting and never gave a final answer (%1 redirects, HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server never gave a final answer, only HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed answer could not be unpacked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not sent to a %2 server (%3): its API differs; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no delivery-version OpenAPI (Zadig before 2.3.1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Zadig generation answers this (2.3-3.4 and 4.x/5.x answer 400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradictory answers: GET %1 answered like Zadig 2.3-3.4, but %2 (only 5.x has it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 200 (Zadig 5.x) or 404 (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradictory answers: GET %1 answered 200 like Zadig 5.x, but %2 (5.x has that route)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected 400 (Zadig 4.3 and later) or 404 (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::CompareModel</name>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ConnectionSession</name>
    <message>
        <source>No system keychain is available, so tokens cannot be remembered. Enter the token for this session (or set ZADIG_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so the token cannot be remembered. Enter it for this session (or set ZADIG_TOKEN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved for this server in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::Connections</name>
    <message>
        <source>The CA certificate file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to be a CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no certificate (PEM or DER expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::DeliverablesModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart / image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart repo / namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service / container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::Desk</name>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig Desk could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API token from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::Options</name>
    <message>
        <source>Browse, create and watch Zadig delivery versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the embedded demo server on 127.0.0.1 and use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of the demo server: demo, empty or large:N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig server URL (the token comes from ZADIG_TOKEN or the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project key to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start normally, wait for the first page of versions, print one line (OK or ERROR) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds --check waits (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid server URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --server cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which Zadig the demo server imitates: 3 (2.3 to 3.4), 4 (4.x; also 4.0, 4.1, 4.2, 4.2.1, 4.3) or 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown API generation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: milliseconds every answer of the demo server waits, as from a far-away server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid latency: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ServerGeneration</name>
    <message>
        <source>Zadig 2.3–3.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig 4.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig 5.x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown Zadig version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::TokenStore</name>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::VersionsModel</name>
    <message>
        <source>K8s YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images distributed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not give this version&apos;s details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::AboutDialog</name>
    <message>
        <source>About Zadig Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig Desk project page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop client for the delivery versions (版本管理) of Zadig, the CI/CD platform: browse, create, retry, compare, export and delete versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: Apache License, version 2.0 (see the LICENSE file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::BasicsPage</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the version for project “%1”. The name must not be used by a live version of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. v2.7.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this version delivers (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a version name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version named “%1” already exists in this project: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that “%1” is not taken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the name with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether “%1” is taken (%2). You can go on: the server refuses a duplicate name, and the wizard then brings you back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::CertificateDialog</name>
    <message>
        <source>Untrusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be intercepting the connection, or the server uses a certificate your system does not know (for example one issued by your company&apos;s own certificate authority). Nothing, not even the API token, has been sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not valid yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your administrator gives you before you trust the certificate. For a company certificate authority, add its CA file to the connection instead (Connection ▸ Manage Connections…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for This Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: no authority your system trusts vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by an authority your system does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is for another server: it does not name “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked by its issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server packages each chosen service&apos;s chart with these versions and pushes it to the chart repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart repository name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart &amp;repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart versions (SemVer, e.g. 1.2.0):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no chart repository for this project: type the repository&apos;s name as Zadig knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not list chart repositories here: type the repository&apos;s name as Zadig knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.2.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions could be suggested (%1): enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the repository yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the chart repositories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the chart repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one service on the Services page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a chart version for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart version %1 of %2 is not SemVer (e.g. 1.2.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the next chart versions in “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” was pushed to this repository; a version made from it must use the same one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::CompareDialog</name>
    <message>
        <source>Compare %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the changes as a Markdown table, for a change ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the counts of a comparison</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a legacy version without a type; the server cannot give its deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be compared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ConnectionDialog</name>
    <message>
        <source>Connect to Zadig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your Zadig server and an API token. The token is shown in Zadig under Account Settings (账号设置 / 用户设置) → API Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Demo Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: with http:// the token travels unencrypted. Use https:// unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: the token is kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget To&amp;ken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and switch to the selected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”?

Its token is removed from the system keychain too when no other connection uses the same server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set API Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first: the token is kept per server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the token could not be saved in the system keychain (%1). It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token for this server was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is kept in memory for this session only: the system keychain could not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the token is asked for when you connect (or read from ZADIG_TOKEN), and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://zadig.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With http:// the API token travels unencrypted. Use https:// unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are saved in the system keychain when there is one, never in the settings. Set Token… saves or replaces this server&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::CreateVersionWizard</name>
    <message>
        <source>New Helm Chart Version — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New K8s YAML Version — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not create version “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1), but it had stored the version. It is watched below; if it failed, retry or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another version was created on the server in the same second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig allows one new version per second on the whole server, so it refused “%1” although the name is free. Nothing was created and nothing you entered is lost: click Create Version to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what it delivers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its deliverables could not be read (%1): choose them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its labels, containers and tags, registry and charts are filled in. Choose the environment to take the images from; what it no longer has is listed on the Services page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused “%1” as already existing, and whether the name is taken could not be checked (%2). Nothing you entered is lost: check the versions, then click Create Version again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::DetailPane</name>
    <message>
        <source>Select a version to see its deliverables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every image of this version, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading deliverables…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the deliverables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has no deliverables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helm charts and their images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K8s deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 images distributed%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy image reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh this version; showing what was read before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K8s services and their images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View YAML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From production environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From environment “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Versions Shipping This Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::EnvironmentPage</name>
    <message>
        <source>&amp;Test environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version records the services and images running in this environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments could not be loaded: try Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no production environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no test environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environ&amp;ment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version records the services and images of an earlier version, distributed again with new tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 versions are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions could not be loaded: try Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no version to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the version to start from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ExportDialog</name>
    <message>
        <source>Export Manifest — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the manifest to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the manifest to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Manifest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::LabelsEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a label and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::MainWindow</name>
    <message>
        <source>Zadig Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, label, creator, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the versions (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a version (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the selected failed version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Version Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Version &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key: %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token cannot see any project on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is visible with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” was not found; showing “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions created for this project will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” is not on the first page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version “%1” from project “%2”?

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Create a Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” has the deploy type “%2”. Versions can be created here for K8s YAML and Helm Chart projects only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Zadig Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate File Not Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file of “%1” could not be used; only the system&apos;s certificates are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection to %1 uses http://: the API token and all data travel unencrypted. Use https:// unless this network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted; loading again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be saved in the system keychain. It is kept in memory until Zadig Desk quits, and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid API token for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the API token. Enter a valid token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Zadig server with an API token, or try the demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has no project with the key “%1”, or this token cannot see it. Choose a project in the Project list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project “%1” does not exist or is not visible with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zadig release line of the server, as it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Zadig server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is being retried. Zadig 4.0 to 4.2 never reports the end of a retry: it stays “Retrying” here; check its images in Zadig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version “%1” from project “%2” for good?

Zadig 4.x and 5.x remove it completely: its name can be used again at once. Images and charts it already pushed stay in their registries.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;from This Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a version with the images of the selected one (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server which Zadig it runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s Zadig release could not be told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare “%1” with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the selected version&apos;s manifest as Markdown, CSV or JSON (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;pare Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two selected versions; Ctrl+click selects a second one (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected version with another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify Me When Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification when the selected version succeeds or fails while Zadig Desk is in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in project %2, which is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search All Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the filter&apos;s text in every version of the project, not only the page shown (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching all versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Searching all versions: %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No version in project %1 matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions in the whole project matching “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search all versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what to look for in the filter box, then search all versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching all versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions Shipping an &amp;Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find every version of the project that ships an image, by name, tag or reference (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking at each version&apos;s images: %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read from the server</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from the cache</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No version in project %1 ships “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions shipping “%1”: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the versions&apos; images: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions Shipping an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name, tag or reference in project %1
(for example “cart”, “v1.2.0”, “cart:v1.2.0” or “harbor.example.com/mall/cart:v1.2.0”):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::PagingBar</name>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for an answer that has stopped moving. A connection can have its own timeout (Manage Connections).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Zadig Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect when Zadig Desk restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when a version I watch succeeds or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions created or retried here, and those marked “Notify Me When Done”, show a desktop notification when they settle while Zadig Desk is in the background.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ProgressPage</name>
    <message>
        <source>&amp;Retry Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server copies the images to the target registry. You can close this window: the table keeps showing the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version is not on the first page of the list yet. Refresh the table later to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped watching after %1 minutes: the version is still %2. Refresh the table later to see how it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is gone from the server (deleted?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress could not be read (%1); trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version is being created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying: %1 of %2 images copied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: %1 of %2 images copied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying: waiting for the distribution job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating: waiting for the distribution job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: version “%1” was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot retry this version: it was saved as failed before its distribution job existed. Retry explains and offers to delete it, so that it can be created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server to retry “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” was deleted. Everything you entered is kept: check it (a registry is needed when images are distributed) and create the version again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: version “%1” was created; %n image(s) copied.</source>
        <translation>
            <numerusform>Done: version “%1” was created; %n image copied.</numerusform>
            <numerusform>Done: version “%1” was created; %n images copied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “%1” failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed: version “%1” was not completed (%2 of %n image(s) copied).</source>
        <translation>
            <numerusform>Failed: version “%1” was not completed (%2 of %n image copied).</numerusform>
            <numerusform>Failed: version “%1” was not completed (%2 of %n images copied).</numerusform>
        </translation>
    </message>
    <message>
        <source>Version “%1” is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig 4.0 to 4.2 never reports the end of a retry: the version stays “Retrying”. Check its images in Zadig.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::RegistryPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The images of the charts are copied to this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed images are copied to this registry under their new tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image in the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target registry (nothing is copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not copied: recorded as it runs now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? (choose a registry) …/%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the registries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries could not be loaded: try Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no image registry: a version that distributes images needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registry: a Helm version needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a registry: images are distributed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::RetryFlow</name>
    <message>
        <source>Could Not Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version could not be read before retrying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a failed version can be retried; “%1” is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is of type “%2”, which the delivery API cannot retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server saved it as failed before its distribution job existed (its images were to be distributed, but no target registry was given), so there is nothing it can run again.

The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s environments could not be read for the retry of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project “%1” has no environment, and the server needs one to retry “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to retry it.

The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retry of “%1” was not sent through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version Cannot Be Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be retried.

%2

Delete it instead? Its name can then be used for a new version. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Delete Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the version. The body below is exactly what is sent to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (nothing is copied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, chart %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded, not copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is still working on this version. The wizard stays open until it answers, so that nothing you entered is lost; closing it would not stop the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packaging and pushing charts… this can take a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zadig 4.0 to 4.2 keep each service&apos;s YAML (or Helm values) as the request gives it: on Create Version it is read from the environment and put into yaml_content.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::ServicesPage</name>
    <message>
        <source>Set &amp;All Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services and Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the containers whose images go into the version, and the tag each new image gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service / container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository name of the current image; the server requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the image to the target registry. Off: the image is recorded, not copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose N&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set all tags &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no containers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute the image of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this image to the target registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the services of “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services of “%1” could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment “%1” has no services with containers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name of %1 cannot be read from its image “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new tag for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid image tag for %2: use letters, digits, _ . and - (at most 128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 20241201-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tag for every chosen container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the images of “%1” that go into the new version, and the tag each new image gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the original version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version “%1” has no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” also delivered %2, which environment “%3” does not have: left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::StatePane</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>zadig::ui::YamlViewer</name>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no Helm values in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has no K8s YAML in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all the YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution log of %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no log lines for this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
