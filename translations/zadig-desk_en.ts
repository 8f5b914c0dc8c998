<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>zadig::Desk</name>
    <message>
        <source>No saved token was found for this server in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
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
</context>
<context>
    <name>zadig::ui::DetailPane</name>
    <message>
        <source>No version selected</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Version “%1” was created successfully.</source>
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
        <source>Helm Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K8s YAML</source>
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
    <name>zadig::ui::StatePane</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
