<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/about.py" line="+114"/>
        <source>About hybridviz</source>
        <translation>关于 hybridviz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;hybridviz {0}&lt;/h2&gt;&lt;p&gt;Draw a hybrid-cloud topology and watch a packet cross it hop by hop: NAT on the edge, VXLAN between hosts, IP-in-IP between Kubernetes nodes, the L2 stretch to the enterprise site.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;hybridviz {0}&lt;/h2&gt;&lt;p&gt;绘制混合云拓扑，观察数据包逐跳穿越它：边缘上的 NAT、主机之间的 VXLAN、Kubernetes 节点之间的 IP-in-IP，以及到企业站点的 L2 延伸。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built with these components, each under its own licence:</source>
        <translation>使用以下组件构建，各自遵循其许可证：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>scapy is loaded only to write packet captures (pcapng), Pillow only to write GIF animations.</source>
        <translation>scapy 仅在写出抓包文件（pcapng）时加载，Pillow 仅在写出 GIF 动画时加载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AnimationController</name>
    <message>
        <location filename="../../desktop_app/ui/animation/player.py" line="+131"/>
        <source>There is no saved flow &apos;{id}&apos; in this file.</source>
        <translation>此文件中没有已保存的流“{id}”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot trace: {why}.</source>
        <translation>无法追踪：{why}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{flow}: {disposition} — {detail}.</source>
        <translation>{flow}：{disposition} — {detail}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/hop_dressing.py" line="+123"/>
        <source>in VXLAN: logical switch {network} (VNI {vni})</source>
        <translation>VXLAN 中：逻辑交换机 {network}（VNI {vni}）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in the {tunnel} tunnel: the stretched L2 segment</source>
        <translation>{tunnel} 隧道中：延伸的 L2 网段</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/player.py" line="+237"/>
        <source>The flow cannot be traced any more: {why}.</source>
        <translation>此流已无法追踪：{why}。</translation>
    </message>
</context>
<context>
    <name>CanvasPicker</name>
    <message>
        <location filename="../../desktop_app/ui/animation/flow_bar.py" line="+315"/>
        <source>Click the device that sends the packet.</source>
        <translation>请单击发送数据包的设备。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Source: {0}. Now click the destination.</source>
        <translation>源：{0}。现在请单击目标。</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/bound.py" line="+241"/>
        <source>{value} (unknown)</source>
        <translation>{value}（未知）</translation>
    </message>
</context>
<context>
    <name>ClusterForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/cluster_form.py" line="+28"/>
        <source>Cluster {id}</source>
        <translation>集群 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cluster {id} networking</source>
        <translation>集群 {id} 的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calico encapsulation</source>
        <translation>Calico 封装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP-in-IP mode</source>
        <translation>IP-in-IP 模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAT outgoing</source>
        <translation>出站 NAT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masquerade pod traffic leaving the pod network</source>
        <translation>对离开 pod 网络的 pod 流量做地址伪装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports of the service</source>
        <translation>服务的端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingresses</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingresses</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules of the ingress</source>
        <translation>Ingress 的规则</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ports of service {name}</source>
        <translation>服务 {name} 的端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports (select a service above)</source>
        <translation>端口（请先在上方选择一个服务）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rules of ingress {name}</source>
        <translation>Ingress {name} 的规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules (select an ingress above)</source>
        <translation>规则（请先在上方选择一个 Ingress）</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../desktop_app/ui/compare_dialog.py" line="+80"/>
        <source>Compare With…</source>
        <translation>比较…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Saved Version</source>
        <translation>上次保存的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with the open file as it is on disk</source>
        <translation>与磁盘上保存的当前文件比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another File…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare with another topology file</source>
        <translation>与另一个拓扑文件比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a flow to play it now, with its path before as a dashed ghost</source>
        <translation>选择一个流即可播放其现在的路径，之前的路径以虚线显示</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topology files (*.yaml *.yml)</source>
        <translation>拓扑文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}: {why}</source>
        <translation>无法读取 {path}：{why}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose what to compare the open file with.</source>
        <translation>请选择要与当前文件比较的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No flow changed since {file}.</source>
        <translation>与 {file} 相比，没有流发生变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 flow changed since {file}.</source>
        <translation>与 {file} 相比，有 1 个流发生了变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} flows changed since {file}.</source>
        <translation>与 {file} 相比，有 {n} 个流发生了变化。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new flow: {outcome}</source>
        <translation>新流：{outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>flow removed (was {outcome})</source>
        <translation>流已删除（之前为{outcome}）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Before: {outcome}</source>
        <translation>之前：{outcome}</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/device_form.py" line="+20"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>ESXi host</source>
        <translation>ESXi 主机</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NSX Edge Services Gateway</source>
        <translation>NSX Edge 服务网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NSX distributed router</source>
        <translation>NSX 分布式路由器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes node</source>
        <translation>Kubernetes 节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+108"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>L2 concentrator</source>
        <translation>L2 集中器</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{kind} {id}</source>
        <translation>{kind} {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placement</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ESXi host this VM runs on</source>
        <translation>运行此虚拟机的 ESXi 主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Kubernetes node the pod runs on</source>
        <translation>运行此 pod 的 Kubernetes 节点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The resolver it asks for names</source>
        <translation>它用来解析名称的 DNS 服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs</source>
        <translation>运行的虚拟机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interfaces</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DNS records</source>
        <translation>DNS 记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Routing</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announces</source>
        <translation>通告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefixes it announces into the internet cloud, comma separated</source>
        <translation>它向因特网云通告的前缀，以逗号分隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT rules</source>
        <translation>NAT 规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default action</source>
        <translation>默认动作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happens to a packet no rule matches</source>
        <translation>没有规则匹配时如何处理数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewall rules</source>
        <translation>防火墙规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firewall rules</source>
        <translation>防火墙规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block of pod addresses Calico gives this node</source>
        <translation>Calico 分配给此节点的 pod 地址块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra addresses it holds (proxy VIP, keepalived LB IP), comma separated</source>
        <translation>它持有的额外地址（代理 VIP、keepalived 负载均衡 IP），以逗号分隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>uses the node&apos;s address</source>
        <translation>使用节点的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside its node&apos;s pod CIDR</source>
        <translation>位于其节点的 pod CIDR 内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matched by service selectors and ingress controllers</source>
        <translation>供服务选择器和 Ingress 控制器匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports the pod listens on, comma separated</source>
        <translation>pod 监听的端口，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host network (uses the node&apos;s addresses)</source>
        <translation>主机网络（使用节点的地址）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{node}&apos;s pod CIDR</source>
        <translation>{node} 的 pod CIDR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L2 extension</source>
        <translation>L2 延伸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bridges</source>
        <translation>桥接网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network it stretches to its peer</source>
        <translation>它延伸到对端的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The appliance at the other site</source>
        <translation>另一个站点上的设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnel</source>
        <translation>隧道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ipsec: UDP 4500/ESP; gre-ipsec: ESP/GRE; gre: unencrypted</source>
        <translation>ipsec：UDP 4500/ESP；gre-ipsec：ESP/GRE；gre：不加密</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/editing.py" line="+97"/>
        <source>Added {id}</source>
        <translation>已添加 {id}</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Copied 1 item</source>
        <translation>已复制 1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied {n} items</source>
        <translation>已复制 {n} 项</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Select one thing to rename</source>
        <translation>请只选择一个对象进行重命名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New id for {0}:</source>
        <translation>{0} 的新 ID：</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/export_formats.py" line="+30"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF page</source>
        <translation>PDF 页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagrams.net (draw.io) diagram</source>
        <translation>diagrams.net (draw.io) 图表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interactive web page</source>
        <translation>交互式网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>animated GIF of a flow</source>
        <translation>流的 GIF 动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>animated PNG of a flow</source>
        <translation>流的 APNG 动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wireshark capture of a flow</source>
        <translation>流的 Wireshark 抓包文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hop table (Markdown)</source>
        <translation>逐跳表（Markdown）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hop table (CSV)</source>
        <translation>逐跳表（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace (JSON, hybridviz-trace/1)</source>
        <translation>追踪结果（JSON，hybridviz-trace/1）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/export_dialog.py" line="+69"/>
        <location line="+5"/>
        <location line="+119"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>The kind of file to write; the file name follows it</source>
        <translation>要写出的文件类型；文件名随之变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file to write</source>
        <translation>要写出的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save</source>
        <translation>选择保存位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No flow</source>
        <translation>无流</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Highlight this flow&apos;s path, or the flow to animate, capture or tabulate</source>
        <translation>突出显示此流的路径，或者要制作动画、抓包或制表的流</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole topology</source>
        <translation>整个拓扑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible area</source>
        <translation>可见区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the canvas shows now (for animations without a window: the flow&apos;s path)</source>
        <translation>画布当前显示的内容（没有窗口时的动画：流的路径）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pixels per diagram unit; 2 suits slides on high-DPI screens</source>
        <translation>每个图表单位的像素数；2 适合高分辨率屏幕上的幻灯片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transparent background</source>
        <translation>透明背景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number the hops</source>
        <translation>为各跳编号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flow:</source>
        <translation>流：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>缩放比例：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page:</source>
        <translation>页面：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>宽度：</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Choose a flow: this format shows one.</source>
        <translation>请选择一个流：此格式用于展示一个流。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>One web page that plays {n} flow(s) hop by hop in any browser, offline; hybridviz opens it again as the topology.</source>
        <translation>一个网页，可在任何浏览器中离线逐跳播放 {n} 条流；hybridviz 可以再次把它作为拓扑打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a flow.</source>
        <translation>请选择一个流。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hop:&gt;3}  {size:&gt;5} bytes  {interface:&lt;20} {comment}</source>
        <translation>{hop:&gt;3}  {size:&gt;5} 字节  {interface:&lt;20} {comment}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A diagrams.net file with {z} zones, {d} devices, {n} networks and their links as editable shapes.</source>
        <translation>一个 diagrams.net 文件，包含 {z} 个区域、{d} 台设备、{n} 个网络及其连线，均为可编辑的图形。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file name must end with {ext} for this format.</source>
        <translation>此格式的文件名必须以 {ext} 结尾。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporting {name}…</source>
        <translation>正在导出 {name}…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot write {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the diagram, a flow animation, a capture or a hop table</source>
        <translation>导出图表、流动画、抓包文件或逐跳表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exported {path}</source>
        <translation>已导出 {path}</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../desktop_app/ui/files.py" line="+124"/>
        <source>Untitled topology</source>
        <translation>未命名拓扑</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>It has 1 problem; nothing was opened. The first: {first}</source>
        <translation>该文件有 1 个问题，未打开任何内容。问题：{first}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It has {count} problems; nothing was opened. The first: {first}</source>
        <translation>该文件有 {count} 个问题，未打开任何内容。第一个问题：{first}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Opened the topology inside {name}; Save writes it as a topology file</source>
        <translation>已打开 {name} 中的拓扑；保存时会写成拓扑文件</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Autosave failed: {why}</source>
        <translation>自动保存失败：{why}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Could not recover the autosave</source>
        <translation>无法恢复自动保存的内容</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not read the autosave: {why}</source>
        <translation>无法读取自动保存文件：{why}</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+16"/>
        <source>The autosave is damaged.</source>
        <translation>自动保存文件已损坏。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovered unsaved work; save it to keep it.</source>
        <translation>已恢复未保存的工作；请保存以保留它。</translation>
    </message>
</context>
<context>
    <name>FileFormatDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/file_format.py" line="+70"/>
        <source>The file format description is not installed (looked for {0}).</source>
        <translation>未安装文件格式说明（查找位置：{0}）。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>File Format</source>
        <translation>文件格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the page (Enter for the next match)</source>
        <translation>在页面中查找（按 Enter 查找下一个）</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/find.py" line="+115"/>
        <source>Find a device by id, label or IP address</source>
        <translation>按 ID、显示名称或 IP 地址查找设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配（Shift+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>下一个匹配（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (Escape)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
</context>
<context>
    <name>FlowBar</name>
    <message>
        <location filename="../../desktop_app/ui/animation/flow_bar.py" line="-154"/>
        <source>Flow</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device that sends the packet (type to search)</source>
        <translation>发送数据包的设备（输入以搜索）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where it goes: a device, an IP address or a DNS name (type to search)</source>
        <translation>目的地：设备、IP 地址或 DNS 名称（输入以搜索）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transport protocol</source>
        <translation>传输协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination port (default: 80 for TCP, 53 for UDP)</source>
        <translation>目标端口（默认：TCP 为 80，UDP 为 53）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner IP packet size for the MTU checks (auto: the headers and a short request)</source>
        <translation>用于 MTU 检查的内层 IP 数据包大小（自动：报头加一个简短请求）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> From </source>
        <translation> 源 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> port </source>
        <translation> 端口 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> size </source>
        <translation> 大小 </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>at {device}</source>
        <translation>于 {device}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose a source and a destination first.</source>
        <translation>请先选择源和目标。</translation>
    </message>
</context>
<context>
    <name>FlowForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="+263"/>
        <source>Flow {id}</source>
        <translation>流 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The device that sends the first packet</source>
        <translation>发送第一个数据包的设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A device id, an IP address or a DNS name</source>
        <translation>设备 ID、IP 地址或 DNS 名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>headers + a short request</source>
        <translation>报头 + 一个简短请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inner IP packet size in bytes, for MTU checks</source>
        <translation>内层 IP 数据包的字节数，用于 MTU 检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pins kube-proxy&apos;s choice of pod</source>
        <translation>固定 kube-proxy 选择的 pod</translation>
    </message>
</context>
<context>
    <name>FlowsDock</name>
    <message>
        <location filename="../../desktop_app/ui/animation/flows_dock.py" line="+74"/>
        <source>Flows</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file&apos;s saved flows. Double-click one to play it.</source>
        <translation>文件中已保存的流。双击一个即可播放。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Trace a flow first, then save it.</source>
        <translation>请先追踪一个流，然后再保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save as flow</source>
        <translation>保存为流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A name for this flow (shown in the flow list):</source>
        <translation>此流的名称（显示在流列表中）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the flow: {why}</source>
        <translation>无法保存此流：{why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved as flow {id}.</source>
        <translation>已保存为流 {id}。</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="-143"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text shown here and kept in the file</source>
        <translation>自由文本，显示在这里并保存在文件中</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Identity</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renaming updates every reference to it</source>
        <translation>重命名时会更新所有对它的引用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name (defaults to the id)</source>
        <translation>显示的名称（默认为 ID）</translation>
    </message>
</context>
<context>
    <name>HeaderTree</name>
    <message>
        <location filename="../../desktop_app/ui/animation/header_tree.py" line="+29"/>
        <source>absent</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>set</source>
        <translation>置位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未置位</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Headers outermost first. Highlighted fields changed at this hop; select one to see its bytes.</source>
        <translation>报头由外到内排列。高亮的字段在此跳发生了变化；选中一个可查看其字节。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropped</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>was {value}</source>
        <translation>原为 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} was {value} before this hop</source>
        <translation>{field} 在此跳之前为 {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>becomes {value}</source>
        <translation>变为 {value}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} becomes {value}</source>
        <translation>{field} 变为 {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added at this hop</source>
        <translation>在此跳添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed at this hop</source>
        <translation>在此跳移除</translation>
    </message>
</context>
<context>
    <name>HelpPages</name>
    <message>
        <location filename="../../desktop_app/ui/help/__init__.py" line="+78"/>
        <source>The tour needs a file with saved flows.</source>
        <translation>引导教程需要一个包含已保存流的文件。</translation>
    </message>
</context>
<context>
    <name>HexView</name>
    <message>
        <location filename="../../desktop_app/ui/animation/hex_view.py" line="+36"/>
        <source>The frame&apos;s bytes. Point at a byte to see its field; click to select it in the header tree.</source>
        <translation>帧的字节。指向一个字节可查看它所属的字段；单击可在报头树中选中该字段。</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../desktop_app/ui/history_dock.py" line="+26"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {file}</source>
        <translation>打开了 {file}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started a new, empty topology</source>
        <translation>新建了空白拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started from {name}</source>
        <translation>从 {name} 开始</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Every edit; click one to undo back to it</source>
        <translation>每一次编辑；单击其中一项可撤销回到那里</translation>
    </message>
</context>
<context>
    <name>HopInspectorDock</name>
    <message>
        <location filename="../../desktop_app/ui/animation/hop_inspector.py" line="+54"/>
        <source>rule/route:</source>
        <translation>规则/路由：</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Hop inspector</source>
        <translation>逐跳详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Headers&lt;/b&gt;</source>
        <translation>&lt;b&gt;报头&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as sent</source>
        <translation>发出时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet as this hop sends it on</source>
        <translation>此跳发出的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as received</source>
        <translation>收到时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet as it reached this hop</source>
        <translation>到达此跳时的数据包</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No flow is playing. Pick a source and a destination in the flow bar, or double-click a saved flow.</source>
        <translation>没有正在播放的流。请在流工具栏中选择源和目标，或双击一个已保存的流。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>{kind} on {host}</source>
        <translation>{kind}，位于 {host}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop {index} of {last}: {device}</source>
        <translation>第 {index} 跳（共 {last} 跳）：{device}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from &lt;b&gt;{network}&lt;/b&gt;</source>
        <translation>来自 &lt;b&gt;{network}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to &lt;b&gt;{network}&lt;/b&gt;</source>
        <translation>发往 &lt;b&gt;{network}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection {n}</source>
        <translation>连接 {n}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{entry} &lt;i&gt;(created by {rules})&lt;/i&gt;</source>
        <translation>{entry} &lt;i&gt;（由 {rules} 创建）&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection table</source>
        <translation>连接跟踪表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{disposition}: {detail}</source>
        <translation>{disposition}：{detail}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>sent</source>
        <translation>发出时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>received</source>
        <translation>收到时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Headers&lt;/b&gt; ({0} B {1})</source>
        <translation>&lt;b&gt;报头&lt;/b&gt;（{0} 字节，{1}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — &lt;b&gt;a new connection&lt;/b&gt;, opened by this proxy</source>
        <translation> — 由此代理打开的&lt;b&gt;新连接&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point at a byte to see its field.</source>
        <translation>指向一个字节即可查看它所属的字段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} — bytes {1}–{2}</source>
        <translation>{0} — 第 {1}–{2} 字节</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>byte {0}: {1} › {2}</source>
        <translation>第 {0} 字节：{1} › {2}</translation>
    </message>
</context>
<context>
    <name>HopTimelineDock</name>
    <message>
        <location filename="../../desktop_app/ui/animation/timeline.py" line="+145"/>
        <source>Hop timeline</source>
        <translation>逐跳时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hop of the trace; click one to jump there.</source>
        <translation>追踪结果的每一跳；单击一跳即可跳转到那里。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No flow is playing.</source>
        <translation>没有正在播放的流。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{flow}: {outcome}</source>
        <translation>{flow}：{outcome}</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/dock.py" line="+34"/>
        <location line="+18"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
</context>
<context>
    <name>IntentWatch</name>
    <message>
        <location filename="../../desktop_app/ui/intents.py" line="+97"/>
        <source>Intent broken: {flow} — {verdict}.</source>
        <translation>意图被破坏：{flow} — {verdict}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ({n} more broken)</source>
        <translation>（另有 {n} 个被破坏）</translation>
    </message>
</context>
<context>
    <name>KubeImportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/kube_import_dialog.py" line="+57"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+64"/>
        <source>Import Kubernetes Objects</source>
        <translation>导入 Kubernetes 对象</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Into cluster:</source>
        <translation>导入到集群：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the cluster&apos;s pods, nodes, services and ingresses the dump does not list</source>
        <translation>删除导出文件中没有列出的该集群的 pod、节点、服务和 Ingress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add Files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make these changes (one step: Undo takes them all back)</source>
        <translation>进行这些更改（一步完成：撤销可全部撤回）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: {files}</source>
        <translation>来源：{files}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing can be imported until the file is corrected.</source>
        <translation>文件改正之前无法导入任何内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>kubectl or calicoctl output (*.yaml *.yml *.json);;All files (*)</source>
        <translation>kubectl 或 calicoctl 的输出 (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../desktop_app/ui/animation/timeline.py" line="-79"/>
        <source>packet (connection 1)</source>
        <translation>数据包（连接 1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new connection after a proxy</source>
        <translation>经过代理后的新连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{mark} the reply, back to the client</source>
        <translation>{mark} 应答，返回客户端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One ring per outer header the packet carries, outermost outside; the core&apos;s colour changes with each new connection, and is violet on the reply&apos;s way back.</source>
        <translation>数据包每带一层外部报头就有一个环，最外层在最外面；每个新连接的核心颜色都不同，应答返回途中为紫色。</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <location filename="../../desktop_app/ui/animation/lesson.py" line="+53"/>
        <source>What changed:</source>
        <translation>改变了什么：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{disposition}: {detail}</source>
        <translation>{disposition}：{detail}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hop {index} of {last}: {device}</source>
        <translation>第 {index} 跳（共 {last} 跳）：{device}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{kind} on {host}</source>
        <translation>{kind}，位于 {host}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from {network}</source>
        <translation>来自 {network}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to {network}</source>
        <translation>去往 {network}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The packet leaves as:</source>
        <translation>数据包离开时：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The packet arrives as:</source>
        <translation>数据包到达时：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="+59"/>
        <location line="+246"/>
        <location filename="../../desktop_app/ui/templates.py" line="+79"/>
        <source>Untitled topology</source>
        <translation>未命名拓扑</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_menus.py" line="+65"/>
        <source>Show or hide the {0} panel</source>
        <translation>显示或隐藏“{0}”面板</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="-53"/>
        <source>Drag from a device&apos;s + handle (or Shift+drag) onto a network to connect it; Ctrl+wheel zooms</source>
        <translation>从设备的 + 手柄（或 Shift+拖动）拖到网络上即可连接；Ctrl+滚轮缩放</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom (Ctrl+wheel, Ctrl+1 fits everything)</source>
        <translation>缩放（Ctrl+滚轮；Ctrl+1 显示全部）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} selected</source>
        <translation>已选择 {0} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_menus.py" line="+23"/>
        <source>Add Here</source>
        <translation>在此添加</translation>
    </message>
</context>
<context>
    <name>MappingRowsModel</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/rows.py" line="+198"/>
        <source>&apos;{text}&apos; is already in the list</source>
        <translation>“{text}”已在列表中</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <location filename="../../desktop_app/ui/matrix_dialog.py" line="+135"/>
        <source>Reachability Matrix</source>
        <translation>可达性矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>源：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic:</source>
        <translation>流量：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma-separated: zone:ID, kind:KIND, label:KEY=VALUE, service:NAME or service:*, device:ID, a device id, an address (To only), or selection</source>
        <translation>以逗号分隔：zone:ID、kind:KIND、label:KEY=VALUE、service:NAME 或 service:*、device:ID、设备 ID、地址（仅限目标）或 selection</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Destination port (0: the protocol&apos;s default)</source>
        <translation>目标端口（0：协议的默认端口）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace every pair</source>
        <translation>跟踪每一对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the matrix as CSV, Markdown, JSON or PNG</source>
        <translation>将矩阵保存为 CSV、Markdown、JSON 或 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a cell to play that flow</source>
        <translation>单击单元格即可播放该流</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot make the matrix: {why}</source>
        <translation>无法生成矩阵：{why}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source> at {device}</source>
        <translation>（在 {device}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source} → {destination}: {outcome}{where}
{why}</source>
        <translation>{source} → {destination}：{outcome}{where}
{why}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{cells} pairs: {counts}</source>
        <translation>{cells} 对：{counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export the matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;Markdown (*.md);;JSON (*.json);;PNG image (*.png)</source>
        <translation>CSV (*.csv);;Markdown (*.md);;JSON (*.json);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write {path}: {why}</source>
        <translation>无法写入 {path}：{why}</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/minimap.py" line="+38"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>MtuBar</name>
    <message>
        <location filename="../../desktop_app/ui/animation/mtu_bar.py" line="+33"/>
        <source>Frame {size} B, handed over inside the machine (no wire, no MTU).</source>
        <translation>帧 {size} 字节，在本机内部传递（不经过线路，没有 MTU）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing sent from this hop.</source>
        <translation>此跳没有发出任何数据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP packet {size} B on {network} (MTU {mtu})</source>
        <translation>IP 数据包 {size} 字节，发往 {network}（MTU {mtu}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; frame {size} B with the outer Ethernet header</source>
        <translation>；加上外层以太网报头后帧为 {size} 字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — {over} B too big</source>
        <translation> — 超出 {over} 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The outermost IP packet against the MTU of the segment it is sent on, with the overhead each encapsulation adds.</source>
        <translation>最外层 IP 数据包与所发往网段的 MTU 对比，并显示每层封装增加的开销。</translation>
    </message>
</context>
<context>
    <name>NetworkForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="+35"/>
        <source>Network {id}</source>
        <translation>网络 {id}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>网段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vlan: VLAN-backed segment; vxlan: NSX logical switch; wan: routed link between sites; internet: routed cloud</source>
        <translation>vlan：基于 VLAN 的网段；vxlan：NSX 逻辑交换机；wan：站点之间的路由链路；internet：路由云</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IPv4 subnet of the segment</source>
        <translation>该网段的 IPv4 子网</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VXLAN network identifier, {low}–{high}, unique</source>
        <translation>VXLAN 网络标识符，{low}–{high}，不可重复</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VLAN tag</source>
        <translation>VLAN 标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untagged</source>
        <translation>无标记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional 802.1Q tag</source>
        <translation>可选的 802.1Q 标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest IP packet on the segment (VXLAN underlays need ≥ 1550)</source>
        <translation>该网段上最大的 IP 数据包（VXLAN 底层网络需要 ≥ 1550）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attached</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a vlan, vxlan or wan network needs a CIDR</source>
        <translation>vlan、vxlan 或 wan 网络需要 CIDR</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../../desktop_app/ui/palette.py" line="+146"/>
        <source>Palette</source>
        <translation>组件面板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to add at the centre of the view, or drag onto the canvas (into a host box to run it there); hover an icon for its name</source>
        <translation>单击即在视图中央添加，或拖到画布上（拖进主机方框即在该主机上运行）；悬停图标可看名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/preferences.py" line="+258"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language of menus, panels and messages</source>
        <translation>菜单、面板和消息使用的语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switches at once. Labels and notes in a topology come from its file: samples/icp-vcs-hybrid.zh.yaml is the reference sample in Chinese.</source>
        <translation>立即切换。拓扑中的显示名称和备注来自其文件：samples/icp-vcs-hybrid.zh.yaml 是中文版参考示例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;speed:</source>
        <translation>默认速度(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The speed a packet plays at when the app starts ([ and ] change it while playing)</source>
        <translation>应用启动时数据包的播放速度（播放时可用 [ 和 ] 调整）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link labels on the canvas</source>
        <translation>画布上的连线标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show link &amp;labels (interface names)</source>
        <translation>显示连线标签（接口名称）(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show IP &amp;addresses on links</source>
        <translation>在连线上显示 IP 地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label si&amp;ze:</source>
        <translation>标签大小(&amp;Z)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsaved changes are written to a recovery file this often, and offered back after a crash</source>
        <translation>按此间隔把未保存的更改写入恢复文件，崩溃后可以恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;Defaults</source>
        <translation>恢复默认值(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <location filename="../../desktop_app/ui/problems_dock.py" line="+92"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a problem to select its item on the canvas</source>
        <translation>单击问题可在画布上选中其对象</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the validator stopped on an internal error; the log has the details</source>
        <translation>校验器因内部错误而停止；详情见日志</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind}: {problem}</source>
        <translation>{kind}：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No problems found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 broken intent</source>
        <translation>1 个被破坏的意图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} broken intents</source>
        <translation>{} 个被破坏的意图</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} errors</source>
        <translation>{} 个错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{} warnings</source>
        <translation>{} 个警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems ({0})</source>
        <translation>问题（{0}）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>RowsTable</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/rows.py" line="+102"/>
        <source>Add a row to {what}</source>
        <translation>向{what}添加一行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected row of {what}</source>
        <translation>删除{what}中选中的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the selected row up (rules match in order)</source>
        <translation>上移选中的行（规则按顺序匹配）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected row down</source>
        <translation>下移选中的行</translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="+88"/>
        <source>{n} items selected</source>
        <translation>已选择 {n} 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select one item to edit it</source>
        <translation>只选择一项即可编辑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selection</source>
        <translation>所选内容</translation>
    </message>
</context>
<context>
    <name>SlotFailures</name>
    <message>
        <location filename="../../desktop_app/ui/slot_failures.py" line="+27"/>
        <source>Something went wrong ({error}). Your work is kept: undo and autosave still hold it. Please report this with the file.</source>
        <translation>出错了（{error}）。您的工作已保留：撤销和自动保存仍保存着它。请连同文件一起报告此问题。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
</context>
<context>
    <name>TopologyForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="-61"/>
        <location line="+1"/>
        <location line="+30"/>
        <source>Topology</source>
        <translation>拓扑</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this topology shows</source>
        <translation>此拓扑展示的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VXLAN port</source>
        <translation>VXLAN 端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4789 (RFC 7348); 8472 on older NSX-V</source>
        <translation>4789（RFC 7348）；较早的 NSX-V 使用 8472</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show a cluster&apos;s services and ingresses</source>
        <translation>显示集群的服务和 Ingress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flows</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>flows</source>
        <translation>流</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../desktop_app/ui/help/tour.py" line="+108"/>
        <source>Choose a flow</source>
        <translation>选择一个流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A flow is a packet&apos;s trip from one device to another. The file&apos;s saved flows are listed here: &lt;b&gt;double-click one&lt;/b&gt; to trace it (or type a source and a destination in the flow bar at the top).</source>
        <translation>流就是数据包从一台设备到另一台设备的旅程。文件中已保存的流列在这里：&lt;b&gt;双击其中一个&lt;/b&gt;即可追踪它（也可以在顶部的流工具栏中输入源和目标）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Play it</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press &lt;b&gt;Play&lt;/b&gt; (or Space on the canvas). The packet walks the path; its colour and the card beside it show the headers it carries, and a ring marks where a tunnel wraps it (VXLAN, IP-in-IP, IPsec).</source>
        <translation>按&lt;b&gt;播放&lt;/b&gt;（或在画布上按 Space）。数据包沿路径前进；它的颜色和旁边的卡片显示它携带的报头，圆环表示隧道封装了它（VXLAN、IP-in-IP、IPsec）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step one hop</source>
        <translation>单步前进一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback is paused. Press &lt;b&gt;Next hop&lt;/b&gt; (or → on the canvas) to move the packet one device on and stop there: each hop is one device&apos;s decision.</source>
        <translation>播放已暂停。按&lt;b&gt;下一跳&lt;/b&gt;（或在画布上按 →）让数据包前进到下一台设备并停下：每一跳都是一台设备做出的决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read a header</source>
        <translation>查看报头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Hop inspector&lt;/b&gt; says what this hop did and shows the packet as it leaves. &lt;b&gt;Click a header field&lt;/b&gt;: its bytes light up in the hex view below. Highlighted rows are what this hop changed (NAT, encapsulation).</source>
        <translation>&lt;b&gt;逐跳详情&lt;/b&gt;说明此跳做了什么，并显示离开时的数据包。&lt;b&gt;单击一个报头字段&lt;/b&gt;：它的字节会在下方的十六进制视图中高亮。高亮的行是此跳改变的内容（NAT、封装）。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Tour finished. Help → Guided Tour runs it again.</source>
        <translation>教程结束。通过“帮助 → 引导教程”可以再次运行。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Done</source>
        <translation>✓ 完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next ▸</source>
        <translation>下一步 ▸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me ▸</source>
        <translation>演示给我看 ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave tour</source>
        <translation>退出教程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter, Space or → : next · Esc: leave the tour</source>
        <translation>Enter、Space 或 →：下一步 · Esc：退出教程</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/view_actions.py" line="+39"/>
        <source>Select a zone, an ESXi host or a node to collapse or expand it</source>
        <translation>选择一个区域、ESXi 主机或节点，才能折叠或展开它</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collapse</source>
        <translation>折叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Play a flow: everything off its path will be dimmed</source>
        <translation>请播放一个流：其路径以外的一切将被淡化</translation>
    </message>
</context>
<context>
    <name>VtepOffer</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/vtep_offer.py" line="+29"/>
        <source>VTEP</source>
        <translation>VTEP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make {interface} on {network} the VTEP of {host}?</source>
        <translation>把 {network} 上的 {interface} 设为 {host} 的 VTEP 吗？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VXLAN between ESXi hosts starts and ends at each host&apos;s VTEP: the interface on the transport VLAN. Without one, VMs on logical switches cannot reach VMs on other hosts.</source>
        <translation>ESXi 主机之间的 VXLAN 在各主机的 VTEP（传输 VLAN 上的接口）开始和结束。没有 VTEP，逻辑交换机上的虚拟机就无法到达其他主机上的虚拟机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make it the VTEP</source>
        <translation>设为 VTEP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Make {interface} the VTEP of {host}</source>
        <translation>把 {interface} 设为 {host} 的 VTEP</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help/welcome.py" line="+122"/>
        <location line="+2"/>
        <source>Welcome to hybridviz</source>
        <translation>欢迎使用 hybridviz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a hybrid-cloud network, then watch a packet cross it hop by hop: NAT on the NSX Edge, VXLAN between ESXi hosts, IP-in-IP between Kubernetes nodes, the L2 stretch to the enterprise site. Every hop shows its rules and the packet&apos;s headers, byte by byte.</source>
        <translation>绘制混合云网络，然后观察数据包逐跳穿越它：NSX Edge 上的 NAT、ESXi 主机之间的 VXLAN、Kubernetes 节点之间的 IP-in-IP，以及到企业站点的 L2 延伸。每一跳都会显示它的规则，以及数据包逐字节的报头。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The reference sample is the network of the training material, with its saved flows. The tour plays one of them in four short steps.</source>
        <translation>参考示例是培训材料中的网络，包含其已保存的流。引导教程用四个简短步骤播放其中一个流。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later: &lt;a href=&apos;#shortcuts&apos;&gt;keyboard shortcuts&lt;/a&gt; (F1), &lt;a href=&apos;#format&apos;&gt;the file format&lt;/a&gt;, &lt;a href=&apos;#preferences&apos;&gt;language and theme&lt;/a&gt;. This page stays in the Help menu.</source>
        <translation>稍后可查看：&lt;a href=&apos;#shortcuts&apos;&gt;键盘快捷键&lt;/a&gt;（F1）、&lt;a href=&apos;#format&apos;&gt;文件格式&lt;/a&gt;、&lt;a href=&apos;#preferences&apos;&gt;语言和主题&lt;/a&gt;。此页面一直保留在“帮助”菜单中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the &amp;one-minute tour</source>
        <translation>开始一分钟引导教程(&amp;O)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Open the &amp;reference sample</source>
        <translation>打开参考示例(&amp;R)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Start from a &amp;template…</source>
        <translation>从模板开始(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reference sample is open; start a new topology from a template</source>
        <translation>参考示例已打开；从模板新建拓扑</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Explore on my own</source>
        <translation>自己探索(&amp;E)</translation>
    </message>
</context>
<context>
    <name>ZoneForm</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/forms.py" line="-125"/>
        <source>Zone {id}</source>
        <translation>区域 {id}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inside</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The enclosing zone</source>
        <translation>包含它的上级区域</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../desktop_app/ui/actions.py" line="+47"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new, empty topology</source>
        <translation>新建一个空拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a topology file</source>
        <translation>打开拓扑文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the topology and its layout</source>
        <translation>保存拓扑及其布局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the topology under a new name</source>
        <translation>以新名称保存拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kubernetes Objects…</source>
        <translation>Kubernetes 对象(&amp;K)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring in nodes, pods, services, ingresses and Calico IP pools from kubectl output (previewed, one undo step)</source>
        <translation>从 kubectl 的输出导入节点、pod、服务、Ingress 和 Calico IP 池（先预览，一步即可撤销）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpare With…</source>
        <translation>比较(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the flows whose outcome or path differs from another file or the last saved version</source>
        <translation>列出结果或路径与另一个文件或上次保存的版本不同的流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Recent Files</source>
        <translation>清除最近文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the list of recent files</source>
        <translation>清空最近打开的文件列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the window (asks to save changes first)</source>
        <translation>关闭窗口（会先询问是否保存更改）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last change</source>
        <translation>撤销上一次更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo the change just undone</source>
        <translation>重做刚撤销的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection to the clipboard and delete it</source>
        <translation>把所选内容复制到剪贴板并删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection to the clipboard (as YAML)</source>
        <translation>把所选内容复制到剪贴板（YAML 格式）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste devices and networks from the clipboard</source>
        <translation>从剪贴板粘贴设备和网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selection beside itself with new ids and addresses</source>
        <translation>在旁边复制所选内容，使用新的 ID 和地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selection with its links (and a host&apos;s VMs)</source>
        <translation>删除所选内容及其连线（主机连同其上的虚拟机）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected object; every reference follows</source>
        <translation>重命名所选对象，所有引用随之更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select every device and network</source>
        <translation>选择所有设备和网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a device by id, label or IP address</source>
        <translation>按 ID、显示名称或 IP 地址查找设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tidy Layout</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange everything automatically (undoable)</source>
        <translation>自动排列所有对象（可撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language, theme, animation speed, labels and autosave</source>
        <translation>语言、主题、动画速度、标签和自动保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (or Ctrl+wheel)</source>
        <translation>放大（或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (or Ctrl+wheel)</source>
        <translation>缩小（或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to 100 %</source>
        <translation>缩放到 100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to View</source>
        <translation>适应视图(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole topology</source>
        <translation>显示整个拓扑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to the selected items</source>
        <translation>缩放到所选对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Link Labels</source>
        <translation>显示连线标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show interface names and addresses on links</source>
        <translation>在连线上显示接口名称和地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reachability &amp;Matrix…</source>
        <translation>可达性矩阵(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace every source against every destination and show who reaches whom</source>
        <translation>跟踪每个源到每个目标，显示谁能到达谁</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Collapse or Expand</source>
        <translation>折叠或展开(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected zones, ESXi hosts and nodes as one box, or open them again</source>
        <translation>将选中的区域、ESXi 主机和节点画成一个方框，或重新展开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show Only the &amp;Path</source>
        <translation>只显示路径(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dim everything off the current flow&apos;s path</source>
        <translation>淡化当前流路径以外的一切</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;System Theme</source>
        <translation>跟随系统主题(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the desktop&apos;s light or dark setting</source>
        <translation>跟随桌面的浅色或深色设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light Theme</source>
        <translation>浅色主题(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the light theme</source>
        <translation>使用浅色主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark Theme</source>
        <translation>深色主题(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the dark theme</source>
        <translation>使用深色主题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List every keyboard shortcut and mouse gesture</source>
        <translation>列出所有键盘快捷键和鼠标手势</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the reference sample or take the guided tour</source>
        <translation>打开参考示例或开始引导教程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided &amp;Tour</source>
        <translation>引导教程(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One minute: choose a flow, play it, step it, read a header</source>
        <translation>一分钟：选择一个流，播放、单步执行，并查看报头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File Format</source>
        <translation>文件格式(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How a topology file is written</source>
        <translation>拓扑文件的写法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About hybridviz</source>
        <translation>关于 hybridviz(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version and licences</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ctrl + mouse wheel</source>
        <translation>Ctrl + 鼠标滚轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom around the cursor</source>
        <translation>以光标为中心缩放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle-drag, or Space + drag</source>
        <translation>中键拖动，或 Space + 拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan the canvas</source>
        <translation>平移画布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag on empty canvas</source>
        <translation>在画布空白处拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select with a rubber band (Ctrl adds to the selection)</source>
        <translation>框选（按住 Ctrl 可添加到所选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a selected item</source>
        <translation>拖动选中的对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it (a host takes its VMs along)</source>
        <translation>移动它（主机会带着其上的虚拟机一起移动）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a VM into another host&apos;s box</source>
        <translation>把虚拟机拖进另一台主机的方框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it on that host (a pod into a node: schedule it there)</source>
        <translation>让它在该主机上运行（把 pod 拖进节点：调度到该节点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from a device&apos;s + handle, or Shift + drag</source>
        <translation>从设备的 + 手柄拖动，或 Shift + 拖动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect the device to the network you drop on</source>
        <translation>把设备连接到放下位置的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from the palette, or click an entry</source>
        <translation>从组件面板拖动，或单击某一项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a device or network</source>
        <translation>添加设备或网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a .yaml file on the window</source>
        <translation>把 .yaml 文件拖放到窗口上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it</source>
        <translation>打开该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escape (in the find bar)</source>
        <translation>Esc（在查找栏中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>animation</name>
    <message>
        <location filename="../../desktop_app/ui/animation/actions.py" line="+21"/>
        <source>Play / pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play or pause the packet (Space)</source>
        <translation>播放或暂停数据包（Space）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous hop</source>
        <translation>上一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back one hop (←)</source>
        <translation>后退一跳（←）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next hop</source>
        <translation>下一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward one hop (→)</source>
        <translation>前进一跳（→）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the first hop and play (Home)</source>
        <translation>回到第一跳并播放（Home）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to end</source>
        <translation>跳到结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the last hop (End)</source>
        <translation>跳到最后一跳（End）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Slower</source>
        <translation>减速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Halve the speed ([)</source>
        <translation>速度减半（[）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Faster</source>
        <translation>加速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double the speed (])</source>
        <translation>速度加倍（]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace</source>
        <translation>追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace the flow in the flow bar and play it (Ctrl+Return)</source>
        <translation>追踪流工具栏中的流并播放（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick on canvas</source>
        <translation>在画布上选取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click the source device on the canvas, then the destination (Esc cancels)</source>
        <translation>在画布上先单击源设备，再单击目标（Esc 取消）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as flow…</source>
        <translation>保存为流…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the flow being traced into the file&apos;s flows (undoable)</source>
        <translation>把正在追踪的流保存到文件的流列表中（可撤销）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Packet card</source>
        <translation>数据包卡片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what the packet looks like beside the token</source>
        <translation>在数据包标记旁显示数据包的样子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the packet</source>
        <translation>跟随数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pan and zoom with the packet so this hop, the next one and their names stay in view (presentation mode always follows)</source>
        <translation>随数据包平移和缩放画布，使当前跳、下一跳及其名称保持可见（演示模式始终跟随）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-centre</source>
        <translation>重新居中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the packet: follow it again after zooming or panning by hand (C)</source>
        <translation>回到数据包：手动缩放或平移后重新跟随（C）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen with large fonts for a room; arrows step, Esc leaves (F5)</source>
        <translation>全屏大字体，适合教室投影；方向键单步，Esc 退出（F5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave presentation mode (Esc)</source>
        <translation>退出演示模式（Esc）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trace from here</source>
        <translation>从这里开始追踪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this device as the flow&apos;s source</source>
        <translation>把此设备作为流的源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trace to here</source>
        <translation>追踪到这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use this device as the flow&apos;s destination and trace</source>
        <translation>把此设备作为流的目标并追踪</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/install.py" line="+199"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/canvas_menu.py" line="+56"/>
        <source>Source: {0}. Now choose a destination (right-click it: Trace to here).</source>
        <translation>源：{0}。现在选择目标（右键单击它：追踪到这里）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Destination: {0}. Now choose a source.</source>
        <translation>目标：{0}。现在选择源。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/install.py" line="+80"/>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Animation</source>
        <translation>动画(&amp;A)</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/items.py" line="+36"/>
        <source>{kind}, id {id}</source>
        <translation>{kind}，ID {id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bridge, no address</source>
        <translation>桥接，无地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod IP {ip}</source>
        <translation>pod IP {ip}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>runs on {host}</source>
        <translation>运行于 {host}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>runs on node {node}</source>
        <translation>运行于节点 {node}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>host network</source>
        <translation>主机网络</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>zone {id}</source>
        <translation>区域 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/canvas/network_items.py" line="+16"/>
        <source>IPsec tunnel (L2 stretch)</source>
        <translation>IPsec 隧道（L2 延伸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE over IPsec (L2 stretch)</source>
        <translation>GRE over IPsec（L2 延伸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE tunnel (L2 stretch)</source>
        <translation>GRE 隧道（L2 延伸）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Internet</source>
        <translation>因特网</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>network {id}</source>
        <translation>网络 {id}</translation>
    </message>
    <message>
        <location line="+135"/>
        <source> (no address: bridged)</source>
        <translation>（无地址：桥接）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>{kind} tunnel</source>
        <translation>{kind} 隧道</translation>
    </message>
    <message>
        <location filename="../../desktop_app/diagram/messages.py" line="+10"/>
        <source>{count} devices inside (collapsed)</source>
        <translation>内含 {count} 台设备（已折叠）</translation>
    </message>
</context>
<context>
    <name>changes</name>
    <message>
        <location filename="../../desktop_app/engine/messages.py" line="+258"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> at {device}</source>
        <translation>（在 {device}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now denied by the firewall&apos;s default policy{where}</source>
        <translation>现在被防火墙的默认策略拒绝{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now denied by firewall rule {rule}{where}</source>
        <translation>现在被防火墙规则 {rule} 拒绝{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now denied{where}</source>
        <translation>现在被拒绝{where}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now {disposition}{where}: {detail}</source>
        <translation>现在{disposition}{where}：{detail}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now delivered to {device} (was {disposition}: {detail})</source>
        <translation>现在送达 {device}（之前{disposition}：{detail}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now delivered to {device} instead of {old}</source>
        <translation>现在送达 {device}，而不是 {old}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same path; the packet&apos;s headers differ</source>
        <translation>路径相同；数据包的报头不同</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/conversation_play.py" line="+40"/>
        <location filename="../../desktop_app/engine/messages.py" line="-1"/>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{first} {then}.</source>
        <translation>{first}{then}。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>now the reply returns through {names} and {end}</source>
        <translation>现在应答经由 {names} 返回，{end}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now {end}</source>
        <translation>现在{end}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the conversation is established</source>
        <translation>会话已建立</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the client resets: asymmetric through NAT at {device}</source>
        <translation>客户端发送复位：经过 {device} 上 NAT 的非对称路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the conversation ends {outcome}</source>
        <translation>会话结果为 {outcome}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engine/messages.py" line="+13"/>
        <source>: same host ({host})</source>
        <translation>：同一主机（{host}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tunnel} no longer needed between {a} and {b}{reason}</source>
        <translation>{a} 和 {b} 之间不再需要 {tunnel}{reason}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>: different hosts ({a}, {b})</source>
        <translation>：不同主机（{a}、{b}）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>last hop {old} → {new}</source>
        <translation>最后一跳 {old} → {new}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>now needs {tunnel} between {a} and {b}{reason}</source>
        <translation>现在 {a} 和 {b} 之间需要 {tunnel}{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer passes {names}</source>
        <translation>不再经过 {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now passes {names}</source>
        <translation>现在经过 {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>at {device}: {now} (was {was})</source>
        <translation>在 {device}：{now}（之前：{was}）</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/checks.py" line="+27"/>
        <source>&apos;{text}&apos; is not an IPv4 address (write it like 10.10.1.5)</source>
        <translation>“{text}”不是 IPv4 地址（请写成 10.10.1.5 这样的形式）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;{text}&apos; is not a network in CIDR form (write it like 10.10.1.0/24)</source>
        <translation>“{text}”不是 CIDR 形式的网络（请写成 10.10.1.0/24 这样的形式）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{text} has host bits set; did you mean {near}?</source>
        <translation>{text} 设置了主机位；您是指 {near} 吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; needs a prefix length (like {text}/24)</source>
        <translation>“{text}”需要前缀长度（例如 {text}/24）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;{text}&apos; is not an address, a CIDR or &apos;any&apos;</source>
        <translation>“{text}”不是地址、CIDR 或“any”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>write the address without a prefix length ({address})</source>
        <translation>请写不带前缀长度的地址（{address}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; has an invalid prefix length</source>
        <translation>“{text}”的前缀长度无效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{address} is outside {network} ({subnet})</source>
        <translation>{address} 不在 {network}（{subnet}）内</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the prefix of {text} does not match {network} ({subnet})</source>
        <translation>{text} 的前缀与 {network}（{subnet}）不符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} is the network address of {network} ({subnet})</source>
        <translation>{address} 是 {network}（{subnet}）的网络地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{address} is the broadcast address of {network} ({subnet})</source>
        <translation>{address} 是 {network}（{subnet}）的广播地址</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{address} is outside {what} ({net})</source>
        <translation>{address} 不在{what}（{net}）内</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{what} must be a whole number, not &apos;{text}&apos;</source>
        <translation>{what}必须是整数，而不是“{text}”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what}必须介于 {low} 和 {high} 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NodePort</source>
        <translation>NodePort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VLAN tag</source>
        <translation>VLAN 标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the packet size</source>
        <translation>数据包大小</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VNI {vni} is already used by {other}</source>
        <translation>VNI {vni} 已被 {other} 使用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what} cannot be empty</source>
        <translation>{what}不能为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{item}&apos; is not key=value (write labels like app=web, tier=front)</source>
        <translation>“{item}”不是 key=value 形式（标签请写成 app=web, tier=front 这样的形式）</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../desktop_app/ui/inspector/columns.py" line="+36"/>
        <source>a {what} needs a name</source>
        <translation>{what}需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is already the name of another {what}</source>
        <translation>“{text}”已经是另一个{what}的名称</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{device} already has an interface {name}</source>
        <translation>{device} 已经有一个接口 {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no network &apos;{id}&apos;</source>
        <translation>没有网络“{id}”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a MAC address (write it like 02:00:0a:0a:01:05)</source>
        <translation>“{text}”不是 MAC 地址（请写成 02:00:0a:0a:01:05 这样的形式）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+72"/>
        <location line="+31"/>
        <location line="+23"/>
        <location line="+10"/>
        <location line="+40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-175"/>
        <source>Interface name; defaults to eth0, eth1…</source>
        <translation>接口名称；默认为 eth0、eth1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The segment it is on</source>
        <translation>它所在的网段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a.b.c.d/len inside the network&apos;s CIDR (the length is added if left out)</source>
        <translation>网络 CIDR 内的 a.b.c.d/len（省略前缀长度时自动补上）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default route of an end host, on the same network</source>
        <translation>终端主机的默认路由，位于同一网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secondary</source>
        <translation>辅助地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra addresses it answers for (an ESG uplink&apos;s NAT addresses), comma separated</source>
        <translation>它应答的额外地址（ESG 上行链路的 NAT 地址），以逗号分隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick it on the ESXi host&apos;s interface that carries VXLAN to the other hosts (usually the one on the transport VLAN): its VTEP, where the host wraps VM traffic in VXLAN</source>
        <translation>在 ESXi 主机连接其他主机、承载 VXLAN 的接口上勾选（通常是传输 VLAN 上的那个）：这就是它的 VTEP，主机在这里把虚拟机流量封装进 VXLAN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leave empty for a stable address derived from the id</source>
        <translation>留空则使用由 ID 推导出的固定地址</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a route needs a destination</source>
        <translation>路由需要目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a route needs a next hop</source>
        <translation>路由需要下一跳</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{address} is not on any network {device} is connected to</source>
        <translation>{address} 不在 {device} 所连接的任何网络上</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+153"/>
        <source>To</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Destination CIDR (0.0.0.0/0 for the default route)</source>
        <translation>目标 CIDR（默认路由为 0.0.0.0/0）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Via</source>
        <translation>下一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next-hop address on a connected network</source>
        <translation>直连网络上的下一跳地址</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>NAT rule</source>
        <translation>NAT 规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+64"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>dnat rewrites the destination, snat the source</source>
        <translation>dnat 改写目标地址，snat 改写源地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match src</source>
        <translation>匹配源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match dst</source>
        <translation>匹配目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <location line="+57"/>
        <location line="+48"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="-131"/>
        <location line="+28"/>
        <location line="+50"/>
        <location line="+31"/>
        <location line="+24"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Egress interface for SNAT, ingress interface for DNAT</source>
        <translation>SNAT 为出接口，DNAT 为入接口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translate IP</source>
        <translation>转换后 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Translate port</source>
        <translation>转换后端口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>firewall rule</source>
        <translation>防火墙规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIDR, address or any</source>
        <translation>CIDR、地址或 any</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destination</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a record needs a name</source>
        <translation>记录需要名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a record needs an address</source>
        <translation>记录需要地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the service CIDR</source>
        <translation>服务 CIDR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>LoadBalancer address (held by a node&apos;s vips)</source>
        <translation>LoadBalancer 地址（由某个节点的 vips 持有）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selector</source>
        <translation>选择器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pod labels, like app=web</source>
        <translation>pod 标签，例如 app=web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic policy</source>
        <translation>流量策略</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a service port is required</source>
        <translation>必须填写服务端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target port</source>
        <translation>目标端口</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels of the controller pods, like app=nginx-ingress</source>
        <translation>控制器 pod 的标签，例如 app=nginx-ingress</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a port is required</source>
        <translation>必须填写端口</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a flow needs a destination</source>
        <translation>流需要目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A device id, an IP address or a DNS name</source>
        <translation>设备 ID、IP 地址或 DNS 名称</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../desktop_app/ui/canvas/layout_command.py" line="+24"/>
        <source>Tidy layout</source>
        <translation>整理布局</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/base.py" line="+62"/>
        <source>Set {attr}</source>
        <translation>设置 {attr}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Move row</source>
        <translation>移动行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Move {id}</source>
        <translation>移动 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move {n} items</source>
        <translation>移动 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/clipboard.py" line="+63"/>
        <source>the clipboard does not hold hybridviz objects</source>
        <translation>剪贴板中没有 hybridviz 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the clipboard&apos;s objects cannot be pasted: {0}</source>
        <translation>无法粘贴剪贴板中的对象：{0}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Paste 1 item</source>
        <translation>粘贴 1 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste {n} items</source>
        <translation>粘贴 {n} 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate 1 item</source>
        <translation>创建 1 项副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate {n} items</source>
        <translation>创建 {n} 项副本</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/fields.py" line="+142"/>
        <source>{what} cannot be empty</source>
        <translation>{what}不能为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} must be a whole number</source>
        <translation>{what}必须是整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} must be a whole number, not &apos;{value}&apos;</source>
        <translation>{what}必须是整数，而不是“{value}”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{what} must be true or false, not &apos;{value}&apos;</source>
        <translation>{what}必须是 true 或 false，而不是“{value}”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} must be a number, not &apos;{value}&apos;</source>
        <translation>{what}必须是数字，而不是“{value}”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Set {path} of {id}</source>
        <translation>设置 {id} 的 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set {path} of the topology</source>
        <translation>设置拓扑的 {path}</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Add a row to {path}</source>
        <translation>向 {path} 添加一行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove row {row} of {path}</source>
        <translation>删除 {path} 的第 {row} 行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move row {row} of {path} to {to}</source>
        <translation>把 {path} 的第 {row} 行移到第 {to} 行</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/structure.py" line="+47"/>
        <location line="+11"/>
        <source>Add {id}</source>
        <translation>添加 {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add zone {id}</source>
        <translation>添加区域 {id}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add flow {id}</source>
        <translation>添加流 {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <location line="+16"/>
        <source>there is no device &apos;{id}&apos;</source>
        <translation>没有设备“{id}”</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>there is no network &apos;{id}&apos;</source>
        <translation>没有网络“{id}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id} is a pod: it takes its address from its node&apos;s pod CIDR; put it on a node instead</source>
        <translation>{id} 是 pod：它的地址来自所在节点的 pod CIDR；请改为把它放到节点上</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect {device} to {network}</source>
        <translation>把 {device} 连接到 {network}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disconnect {device} {interface}</source>
        <translation>断开 {device} 的 {interface}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a {kind} does not run on an ESXi host</source>
        <translation>{kind}不在 ESXi 主机上运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{id}&apos; is not an ESXi host</source>
        <translation>“{id}”不是 ESXi 主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put {id} on {host}</source>
        <translation>把 {id} 放到 {host} 上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put {id} off its host</source>
        <translation>把 {id} 移出其主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{id}&apos; is not a pod</source>
        <translation>“{id}”不是 pod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{id}&apos; is not a Kubernetes node</source>
        <translation>“{id}”不是 Kubernetes 节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule {pod} on {node}</source>
        <translation>把 {pod} 调度到 {node}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the topology has a name, not an id</source>
        <translation>拓扑只有名称，没有 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename {old} to {new}</source>
        <translation>把 {old} 重命名为 {new}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Delete {id}</source>
        <translation>删除 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {n} items</source>
        <translation>删除 {n} 项</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/view_state.py" line="+46"/>
        <source>only zones, ESXi hosts and Kubernetes nodes can be collapsed, not &apos;{id}&apos;</source>
        <translation>只有区域、ESXi 主机和 Kubernetes 节点可以折叠，“{id}”不行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{id}&apos; is already collapsed</source>
        <translation>“{id}”已经折叠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{id}&apos; is already expanded</source>
        <translation>“{id}”已经展开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collapse {id}</source>
        <translation>折叠 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expand {id}</source>
        <translation>展开 {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/commands/kube_import.py" line="+26"/>
        <source>Import Kubernetes objects into {cluster}</source>
        <translation>将 Kubernetes 对象导入 {cluster}</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="+18"/>
        <source>hybridviz topologies (*.yaml *.yml);;All files (*)</source>
        <translation>hybridviz 拓扑 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/autosave.py" line="+139"/>
        <source>an unsaved topology</source>
        <translation>未保存的拓扑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” ({where}), autosaved {when}</source>
        <translation>“{name}”（{where}），自动保存于 {when}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/file_prompts.py" line="+2"/>
        <source>hybridviz topologies and exports (*.yaml *.yml *.png *.svg *.pdf *.drawio *.html);;All files (*)</source>
        <translation>hybridviz 拓扑和导出文件 (*.yaml *.yml *.png *.svg *.pdf *.drawio *.html);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to “{0}” first?</source>
        <translation>要先保存对“{0}”的更改吗？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open topology</source>
        <translation>打开拓扑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save topology as</source>
        <translation>拓扑另存为</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not open {path}</source>
        <translation>无法打开 {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save {0}: {1}</source>
        <translation>无法保存 {0}：{1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read-only file</source>
        <translation>只读文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” is read-only.</source>
        <translation>“{0}”是只读文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace it anyway? It stays read-only afterwards.</source>
        <translation>仍然替换它吗？替换后它仍是只读的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File changed on disk</source>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}” was changed by another program since you opened it.</source>
        <translation>自您打开“{0}”以来，另一个程序更改了它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload it and lose your changes, overwrite it with yours, or save yours under another name?</source>
        <translation>重新加载它并放弃您的更改、用您的更改覆盖它，还是以另一个名称保存您的更改？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Recover unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hybridviz did not close properly. Recover {0}?</source>
        <translation>hybridviz 上次没有正常关闭。要恢复 {0} 吗？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} older autosave(s) are kept.</source>
        <translation>另有 {0} 个较早的自动保存会被保留。</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../desktop_app/ui/i18n.py" line="+52"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>intents</name>
    <message>
        <location filename="../../desktop_app/ui/intents.py" line="-69"/>
        <source>cannot be traced</source>
        <translation>无法跟踪</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>holds: {outcome}</source>
        <translation>成立：{outcome}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> at {device}</source>
        <translation>（在 {device}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected {expected}, got {got}{where}: {why}</source>
        <translation>期望{expected}，实际{got}{where}：{why}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Intent: {verdict}</source>
        <translation>意图：{verdict}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>intent holds</source>
        <translation>意图成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intent broken</source>
        <translation>意图被破坏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Intent {flow}: {verdict}</source>
        <translation>意图 {flow}：{verdict}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{problem}
Click to play the flow.</source>
        <translation>{problem}
单击即可播放该流。</translation>
    </message>
</context>
<context>
    <name>kube_import</name>
    <message>
        <location filename="../../desktop_app/model/kube_import/messages.py" line="+16"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not UTF-8 text (byte {byte} cannot be decoded); save the output of kubectl as UTF-8</source>
        <translation>文件不是 UTF-8 文本（无法解码字节 {byte}）；请将 kubectl 的输出保存为 UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid YAML ({problem}); is the file cut short? Run kubectl again and save its whole output</source>
        <translation>不是有效的 YAML（{problem}）；文件是否被截断？请重新运行 kubectl 并保存完整输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file holds no Kubernetes objects; save the output of the kubectl command in docs/import.md</source>
        <translation>文件中没有 Kubernetes 对象；请保存 docs/import.md 中 kubectl 命令的输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a Kubernetes object (a mapping with apiVersion and kind), found {found}</source>
        <translation>应为 Kubernetes 对象（含 apiVersion 和 kind 的映射），实际为{found}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{kind} &apos;{name}&apos; has no {field}; export the objects again with -o yaml</source>
        <translation>{kind}“{name}”缺少 {field}；请用 -o yaml 重新导出对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this {kind} has no {field}; export the objects again with -o yaml</source>
        <translation>此 {kind} 缺少 {field}；请用 -o yaml 重新导出对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this object has no {field}; export the objects again with -o yaml</source>
        <translation>此对象缺少 {field}；请用 -o yaml 重新导出对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this list of objects has no kind, which kubectl writes after the last item: the file looks cut short; run kubectl again and save its whole output</source>
        <translation>此对象列表缺少 kubectl 在最后一项之后写出的 kind：文件似乎被截断了；请重新运行 kubectl 并保存完整输出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field} of {kind} &apos;{name}&apos; should be {wanted}, found {found}</source>
        <translation>{kind}“{name}”的 {field} 应为{wanted}，实际为{found}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a {kind} ({api_version}) is not something hybridviz imports; it reads Node, Pod, Service, Ingress (networking.k8s.io/v1), EndpointSlice and Calico IPPool: leave the other kinds out of the kubectl command</source>
        <translation>hybridviz 不导入 {kind}（{api_version}）；它读取 Node、Pod、Service、Ingress（networking.k8s.io/v1）、EndpointSlice 和 Calico IPPool：请在 kubectl 命令中去掉其他类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{field} of {kind} &apos;{name}&apos; is &apos;{value}&apos;, which is not an IPv4 address</source>
        <translation>{kind}“{name}”的 {field} 为“{value}”，不是 IPv4 地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{field} of {kind} &apos;{name}&apos; is &apos;{value}&apos;, which is not an IPv4 network (a.b.c.d/len)</source>
        <translation>{kind}“{name}”的 {field} 为“{value}”，不是 IPv4 网络（a.b.c.d/len）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node &apos;{name}&apos; has address {address}, which lies in no network of the topology; add the network whose cidr holds it, then import again</source>
        <translation>节点“{name}”的地址 {address} 不在拓扑的任何网络中；请先添加 cidr 包含它的网络，再重新导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the topology has no Kubernetes cluster; name the one to create with --cluster ID</source>
        <translation>拓扑中没有 Kubernetes 集群；请用 --cluster ID 指定要创建的集群</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the topology has several Kubernetes clusters ({clusters}); choose one with --cluster ID</source>
        <translation>拓扑中有多个 Kubernetes 集群（{clusters}）；请用 --cluster ID 选择一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the imported topology would not be valid: {problem}</source>
        <translation>导入后的拓扑将无效：{problem}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read into cluster &apos;{cluster}&apos;: nodes {nodes}, pods {pods}, services {services}, ingresses {ingresses}, endpoint slices {slices}, IP pools {pools}</source>
        <translation>读入集群“{cluster}”：节点 {nodes}，pod {pods}，服务 {services}，Ingress {ingresses}，端点切片 {slices}，IP 池 {pools}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added {what}</source>
        <translation>新增 {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed {what}: {field} {old} → {new}</source>
        <translation>更改 {what}：{field} {old} → {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed {what}: the dump does not list it (--prune)</source>
        <translation>删除 {what}：导出文件中没有它（--prune）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ignored {count} {things}: {reason}</source>
        <translation>忽略 {count} 个{things}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: {what}: {reason}</source>
        <translation>注意：{what}：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{added} added, {changed} changed, {removed} removed, {ignored} ignored</source>
        <translation>新增 {added}，更改 {changed}，删除 {removed}，忽略 {ignored}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the topology already matches the dump: nothing to change</source>
        <translation>拓扑已与导出文件一致：无需更改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cluster {id}</source>
        <translation>集群 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node {id}</source>
        <translation>节点 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node {id} on {networks}</source>
        <translation>位于 {networks} 的节点 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interface of {id} on {network} ({ip})</source>
        <translation>{id} 在 {network} 上的接口（{ip}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pod {id}</source>
        <translation>pod {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pod {id} on {node} ({ip})</source>
        <translation>{node} 上的 pod {id}（{ip}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service {name}</source>
        <translation>服务 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress {name}</source>
        <translation>Ingress {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP pool {name}</source>
        <translation>IP 池 {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pods</source>
        <translation>pod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>services</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service port</source>
        <translation>服务端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service ports</source>
        <translation>服务端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingresses</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress path</source>
        <translation>Ingress 路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress paths</source>
        <translation>Ingress 路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP pool</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP pools</source>
        <translation>IP 池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endpoint slice</source>
        <translation>端点切片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endpoint slices</source>
        <translation>端点切片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>object to prune</source>
        <translation>待删除对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>objects to prune</source>
        <translation>待删除对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in {phase} phase ({names})</source>
        <translation>处于 {phase} 阶段（{names}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not scheduled on a node or without an IP yet ({names})</source>
        <translation>尚未调度到节点或尚无 IP（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on nodes neither the dump nor the topology has; add the nodes to the kubectl command ({names})</source>
        <translation>所在节点既不在导出文件中也不在拓扑中；请在 kubectl 命令中加入节点（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their id is taken by a device of another kind ({names})</source>
        <translation>其 id 已被其他类型的设备占用（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type ExternalName is a DNS alias, not a virtual IP ({names})</source>
        <translation>ExternalName 类型是 DNS 别名，不是虚拟 IP（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>headless (clusterIP None): kube-proxy makes no rules for them ({names})</source>
        <translation>无头服务（clusterIP 为 None）：kube-proxy 不为其生成规则（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no selector: their endpoints are kept by hand, which hybridviz does not model ({names})</source>
        <translation>没有选择算符：其端点由人工维护，hybridviz 不对此建模（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SCTP is not traced, only TCP and UDP ({names})</source>
        <translation>不跟踪 SCTP，只跟踪 TCP 和 UDP（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their targetPort names no container port of the pods they select ({names})</source>
        <translation>其 targetPort 不是所选 pod 的任何容器端口名称（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no pod in the dump runs their ingress class&apos;s controller (an NGINX controller names it with --ingress-class=CLASS) ({names})</source>
        <translation>导出文件中没有 pod 运行其 Ingress 类的控制器（NGINX 控制器用 --ingress-class=CLASS 指定）（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their backend is not a service, or names a port the service lacks ({names})</source>
        <translation>其后端不是服务，或指定了服务没有的端口（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>their backend service is not in the cluster ({names})</source>
        <translation>其后端服务不在集群中（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled ({names})</source>
        <translation>已禁用（{names}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6: hybridviz traces IPv4 ({names})</source>
        <translation>IPv6：hybridviz 只跟踪 IPv4（{names}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the cluster has one pod_cidr, taken from pool {first} ({names})</source>
        <translation>集群只有一个 pod_cidr，取自 IP 池 {first}（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoints follow from each service&apos;s selector and the pods&apos; labels; the slices only checked them ({names})</source>
        <translation>端点由各服务的选择算符和 pod 的标签得出；端点切片仅用于核对（{names}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its EndpointSlices list {addresses}, which no imported pod it selects has</source>
        <translation>其端点切片列出了 {addresses}，但所选的已导入 pod 中没有这些地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no node holds its load balancer IP {ip}; add it to the vips of the node that does</source>
        <translation>没有节点持有其负载均衡器 IP {ip}；请将它加入持有该地址的节点的 vips</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vxlanMode CrossSubnet is drawn as VXLAN between every pair of nodes</source>
        <translation>vxlanMode CrossSubnet 按所有节点之间都用 VXLAN 绘制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a saved flow uses them, so --prune keeps them ({names})</source>
        <translation>已保存的流使用了它们，因此 --prune 保留它们（{names}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its gateways, routes and zone were copied from node {model}</source>
        <translation>其网关、路由和区域复制自节点 {model}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its selector also matches pods of other namespaces, so it and the pods of namespace {namespace} carry the label projectcalico.org/namespace</source>
        <translation>其选择算符也匹配其他命名空间的 pod，因此它和命名空间 {namespace} 的 pod 加上了标签 projectcalico.org/namespace</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a port number or name</source>
        <translation>端口号或端口名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;</source>
        <translation>“{value}”</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <location filename="../../desktop_app/model/kind_words.py" line="+13"/>
        <source>client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESXi host</source>
        <translation>ESXi 主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NSX Edge (ESG)</source>
        <translation>NSX Edge (ESG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NSX DLR</source>
        <translation>NSX DLR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes node</source>
        <translation>Kubernetes 节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L2 concentrator</source>
        <translation>L2 集中器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Internet</source>
        <translation>因特网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VLAN segment</source>
        <translation>VLAN 网段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VXLAN logical switch</source>
        <translation>VXLAN 逻辑交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WAN link</source>
        <translation>WAN 链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow</source>
        <translation>流</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/model_words.py" line="+31"/>
        <source>1 zone</source>
        <translation>1 个区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} zones</source>
        <translation>{n} 个区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 network</source>
        <translation>1 个网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} networks</source>
        <translation>{n} 个网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 device</source>
        <translation>1 台设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} devices</source>
        <translation>{n} 台设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 flow</source>
        <translation>1 个流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} flows</source>
        <translation>{n} 个流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>packet</name>
    <message>
        <location filename="../../desktop_app/ui/animation/encapsulation.py" line="+39"/>
        <source>NSX VXLAN (VTEP to VTEP)</source>
        <translation>NSX VXLAN（VTEP 到 VTEP）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calico IP-in-IP (node to node)</source>
        <translation>Calico IP-in-IP（节点到节点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPsec ESP (L2 stretch tunnel)</source>
        <translation>IPsec ESP（L2 延伸隧道）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE (L2 stretch tunnel)</source>
        <translation>GRE（L2 延伸隧道）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>IPsec ESP in UDP 4500</source>
        <translation>UDP 4500 封装的 IPsec ESP</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+18"/>
        <source>IP protocol {n}</source>
        <translation>IP 协议 {n}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{size} B of data</source>
        <translation>{size} 字节数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/animation/packet_look.py" line="+53"/>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{device} (on {host})</source>
        <translation>{device}（位于 {host}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✖ DROPPED at {where}</source>
        <translation>✖ 在 {where} 被丢弃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ {outcome} at {where}</source>
        <translation>✖ {where} 处{outcome}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sent on {network}</source>
        <translation>发往 {network}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handed over inside the machine</source>
        <translation>在本机内部传递</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · {size} B frame</source>
        <translation> · {size} 字节的帧</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>as received from {network}</source>
        <translation>从 {network} 收到时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as received</source>
        <translation>收到时</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>new connection {src} → {dst}</source>
        <translation>新连接 {src} → {dst}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>+ {layer} (encapsulate)</source>
        <translation>+ {layer}（封装）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− {layer} (decapsulate)</source>
        <translation>− {layer}（解封装）</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../desktop_app/ui/palette.py" line="-122"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An end host that starts flows (a user&apos;s laptop, an API client)</source>
        <translation>发起流的终端主机（用户的笔记本电脑、API 客户端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS server</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers names from its records; also a normal end host</source>
        <translation>根据其记录解析名称；同时也是普通终端主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes between networks (IBM Cloud FCR/BCR/XCR, on-premises, ISP)</source>
        <translation>在网络之间路由（IBM Cloud FCR/BCR/XCR、内部部署、ISP）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESXi host</source>
        <translation>ESXi 主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Runs VMs; its VTEP carries VXLAN between hosts</source>
        <translation>运行虚拟机；其 VTEP 在主机之间承载 VXLAN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A virtual machine on an ESXi host</source>
        <translation>ESXi 主机上的虚拟机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSX Edge (ESG)</source>
        <translation>NSX Edge (ESG)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NSX Edge Services Gateway: firewall, NAT and routing</source>
        <translation>NSX Edge 服务网关：防火墙、NAT 和路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NSX DLR</source>
        <translation>NSX DLR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NSX distributed logical router: routes on the host the packet is on</source>
        <translation>NSX 分布式逻辑路由器：在数据包所在的主机上路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kubernetes node</source>
        <translation>Kubernetes 节点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A node VM: kube-proxy and Calico route for its pods</source>
        <translation>节点虚拟机：kube-proxy 和 Calico 为其 pod 路由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pod on a Kubernetes node (drop it into a node)</source>
        <translation>Kubernetes 节点上的 pod（把它拖进节点）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 concentrator</source>
        <translation>L2 集中器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stretches a network between sites through a secure tunnel to its peer</source>
        <translation>通过到对端的安全隧道，把网络延伸到另一个站点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VLAN segment</source>
        <translation>VLAN 网段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A VLAN-backed segment, port group or physical LAN</source>
        <translation>基于 VLAN 的网段、端口组或物理局域网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VXLAN logical switch</source>
        <translation>VXLAN 逻辑交换机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An NSX logical switch (overlay segment with a VNI)</source>
        <translation>NSX 逻辑交换机（带 VNI 的覆盖网段）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WAN link</source>
        <translation>WAN 链路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A routed link between sites (Direct Link, backbone)</source>
        <translation>站点之间的路由链路（Direct Link、骨干网）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internet</source>
        <translation>因特网</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The routed cloud: delivers to whoever owns the address</source>
        <translation>路由云：把数据包送到拥有该地址的一方</translation>
    </message>
</context>
<context>
    <name>selectors</name>
    <message>
        <location filename="../../desktop_app/model/messages.py" line="+456"/>
        <source>the {role} selector &apos;{text}&apos; has an empty term; write terms such as zone:vcs, kind:vm or service:web separated by commas</source>
        <translation>{role}选择器“{text}”含有空项；请用逗号分隔各项，例如 zone:vcs、kind:vm 或 service:web</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the {role} selector &apos;{text}&apos; picks nothing in this topology</source>
        <translation>{role}选择器“{text}”在此拓扑中未选中任何对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;selection&apos; means what is selected in the window; on the command line name the devices (device:ID) or a zone, kind or label</source>
        <translation>“selection”指窗口中选中的对象；在命令行中请指定设备 (device:ID)，或区域、类型或标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown selector &apos;{prefix}:&apos; in &apos;{term}&apos;{hint}; use one of {prefixes} or &apos;selection&apos;</source>
        <translation>“{term}”中的选择器“{prefix}:”未知{hint}；请使用 {prefixes} 或“selection”之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{term}&apos; names nothing; write {example}</source>
        <translation>“{term}”未指定任何对象；请写成 {example}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{term}&apos;: a service receives traffic but sends none; pick its pods as sources with label:KEY=VALUE</source>
        <translation>“{term}”：服务只接收流量而不发送；请用 label:KEY=VALUE 选择其 pod 作为源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no device &apos;{device}&apos;{hint}</source>
        <translation>没有设备“{device}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no zone &apos;{zone}&apos;{hint}</source>
        <translation>没有区域“{zone}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown device kind &apos;{kind}&apos;{hint}</source>
        <translation>未知的设备类型“{kind}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{term}&apos; needs a key and a value, like label:app=web</source>
        <translation>“{term}”需要键和值，例如 label:app=web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no service &apos;{service}&apos; with an address{hint}</source>
        <translation>没有带地址的服务“{service}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>source</source>
        <translation>源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>目标</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <location filename="../../desktop_app/ui/templates.py" line="-30"/>
        <source>ICP on VCS</source>
        <translation>VCS 上的 ICP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBM Cloud Private in VMs on ESXi hosts with NSX, the IBM Cloud network and an enterprise site stretched in</source>
        <translation>运行在带 NSX 的 ESXi 主机虚拟机中的 IBM Cloud Private、IBM Cloud 网络，以及延伸进来的企业站点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IKS</source>
        <translation>IKS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IKS cluster with its public ALB and a LoadBalancer service reaching a database VM in VCS</source>
        <translation>一个 IKS 集群，带公共 ALB 和一个访问 VCS 中数据库虚拟机的 LoadBalancer 服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two-host VXLAN lab</source>
        <translation>双主机 VXLAN 实验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two ESXi hosts with VTEPs on a transport VLAN, a VM on each on one logical switch, and the flow between them</source>
        <translation>两台 VTEP 位于传输 VLAN 上的 ESXi 主机，各有一台虚拟机连在同一逻辑交换机上，以及它们之间的流</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A blank canvas: drag devices and networks from the palette</source>
        <translation>空白画布：从组件面板拖入设备和网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from &amp;Template…</source>
        <translation>从模板新建(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new topology from a template: ICP on VCS, IKS, a two-host VXLAN lab or empty</source>
        <translation>从模板新建拓扑：VCS 上的 ICP、IKS、双主机 VXLAN 实验或空白</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Start from a template</source>
        <translation>从模板开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or build it here: drag devices and networks from the palette (a VM into a host&apos;s box), Shift+drag from a device onto a network to connect it, then right-click a device: Trace from here.</source>
        <translation>或者在这里搭建：从组件面板拖入设备和网络（虚拟机拖进主机方框），按住 Shift 从设备拖到网络上即可连接，然后右键单击设备：从这里追踪。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>New from Template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new topology from one of these; it opens unsaved, so the template stays as it is.</source>
        <translation>从其中之一新建拓扑；它以未保存状态打开，模板本身保持不变。</translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../desktop_app/engine/messages.py" line="+6"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route</source>
        <translation>无路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL exceeded</source>
        <translation>TTL 超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MTU exceeded</source>
        <translation>超出 MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unresolved</source>
        <translation>无法解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no endpoint</source>
        <translation>无端点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>established</source>
        <translation>已建立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return route</source>
        <translation>无返回路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asymmetric</source>
        <translation>非对称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>black hole</source>
        <translation>黑洞</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/trace_words.py" line="+32"/>
        <source>{source} → {to} ({protocol}{port})</source>
        <translation>{source} → {to}（{protocol}{port}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>originate</source>
        <translation>发起</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch</source>
        <translation>交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/engine/messages.py" line="-72"/>
        <source>route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dnat</source>
        <translation>DNAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>snat</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/engine/messages.py" line="-10"/>
        <source>kube-proxy</source>
        <translation>kube-proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encapsulate</source>
        <translation>封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decapsulate</source>
        <translation>解封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/engine/messages.py" line="-2"/>
        <source>bridge</source>
        <translation>桥接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mtu</source>
        <translation>MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop_app/engine/messages.py" line="+1"/>
        <source>deliver</source>
        <translation>送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engine/messages.py" line="-185"/>
        <source>connected</source>
        <translation>直连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static</source>
        <translation>静态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internet</source>
        <translation>因特网</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allows</source>
        <translation>允许</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>denies</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pinned by the flow</source>
        <translation>由流固定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>picked by hash</source>
        <translation>按哈希选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on this node</source>
        <translation>在本节点上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on another node</source>
        <translation>在另一个节点上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IPsec ESP (NULL cipher) in UDP 4500</source>
        <translation>IPsec ESP（NULL 加密）封装在 UDP 4500 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE inside IPsec ESP</source>
        <translation>GRE over IPsec ESP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE (unencrypted)</source>
        <translation>GRE（不加密）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inner IP packet</source>
        <translation>内层 IP 数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GRE over IPsec</source>
        <translation>IPsec 承载的 GRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPsec ESP in UDP</source>
        <translation>UDP 封装的 IPsec ESP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{prefix} via {via} dev {dev}</source>
        <translation>{prefix} via {via} dev {dev}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prefix} into the internet dev {dev}</source>
        <translation>{prefix} 经 dev {dev} 进入因特网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{prefix} connected dev {dev}</source>
        <translation>{prefix} 直连 dev {dev}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{layer} {bytes:,}</source>
        <translation>{layer} {bytes:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> + </source>
        <translation> + </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown source device &apos;{source}&apos;</source>
        <translation>未知的源设备“{source}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown protocol &apos;{protocol}&apos;; use tcp, udp or icmp</source>
        <translation>未知的协议“{protocol}”；请使用 tcp、udp 或 icmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port {port} is outside 1–65535</source>
        <translation>端口 {port} 超出 1–65535 的范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{target}&apos; is not a valid IPv4 address</source>
        <translation>“{target}”不是有效的 IPv4 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device &apos;{target}&apos; has no IP address to send to</source>
        <translation>设备“{target}”没有可作为目标的 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{source} has no DNS resolver configured to look up {name}</source>
        <translation>{source} 没有配置用于查找 {name} 的 DNS 服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot resolve {name}: {source} has no &apos;dns&apos; server</source>
        <translation>无法解析 {name}：{source} 没有配置“dns”服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asked {server} ({server_ip}) for {name}: no such record (NXDOMAIN)</source>
        <translation>向 {server}（{server_ip}）查询 {name}：没有该记录（NXDOMAIN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} has no record on {server}</source>
        <translation>{server} 上没有 {name} 的记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved {name} to {answer} via {server} ({server_ip})</source>
        <translation>通过 {server}（{server_ip}）把 {name} 解析为 {answer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{protocol} {src}:{sport} → {dst}:{dport} from {iface}</source>
        <translation>从 {iface} 发出 {protocol} {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{protocol} {src} → {dst} from {iface}</source>
        <translation>从 {iface} 发出 {protocol} {src} → {dst}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} opens {src}:{sport} → {dst}:{dport}</source>
        <translation>{device} 打开连接 {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} has no address on {iface}</source>
        <translation>{device} 在 {iface} 上没有地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} has no address to send from</source>
        <translation>{device} 没有可用于发送的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>into the {network} cloud from {iface} ({ip})</source>
        <translation>从 {iface}（{ip}）进入 {network} 云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARP {ip} on {network} → {mac} ({device} {iface})</source>
        <translation>在 {network} 上 ARP 解析 {ip} → {mac}（{device} {iface}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ARP {ip} on {network} → {mac} ({device} {iface}), beyond the L2 concentrator {bridge}</source>
        <translation>在 {network} 上 ARP 解析 {ip} → {mac}（{device} {iface}），位于 L2 集中器 {bridge} 的另一侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{iface} of {device} is not attached to a network</source>
        <translation>{device} 的 {iface} 没有连接到任何网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device on {network} answers ARP for {ip}</source>
        <translation>{network} 上没有设备应答 {ip} 的 ARP 请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device on {network} answers ARP for {ip} (next hop of route {route})</source>
        <translation>{network} 上没有设备应答 {ip} 的 ARP 请求（路由 {route} 的下一跳）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device on {network} has MAC {mac}</source>
        <translation>{network} 上没有 MAC 为 {mac} 的设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP packet {size:,} B ≤ MTU {mtu:,} of {network}</source>
        <translation>IP 数据包 {size:,} 字节 ≤ {network} 的 MTU {mtu:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP packet {size:,} B ≤ MTU {mtu:,} of {network} ({parts})</source>
        <translation>IP 数据包 {size:,} 字节 ≤ {network} 的 MTU {mtu:,}（{parts}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP packet {size:,} B &gt; MTU {mtu:,} of {network} ({parts})</source>
        <translation>IP 数据包 {size:,} 字节 &gt; {network} 的 MTU {mtu:,}（{parts}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP packet {size:,} B &gt; MTU {mtu:,} of {network}</source>
        <translation>IP 数据包 {size:,} 字节 &gt; {network} 的 MTU {mtu:,}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP packet {size:,} B &gt; MTU {mtu:,} of {network}; DF is clear, so the packet would be fragmented</source>
        <translation>IP 数据包 {size:,} 字节 &gt; {network} 的 MTU {mtu:,}；DF 未置位，因此数据包将被分片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {size:,}-byte IP packet does not fit the MTU {mtu:,} of {network} and DF is set: the tunnel endpoint drops it silently (no ICMP); raise the MTU of {network} or lower the inner MTU</source>
        <translation>{size:,} 字节的 IP 数据包超出 {network} 的 MTU {mtu:,} 且设置了 DF：隧道端点静默丢弃它（不发送 ICMP）；请提高 {network} 的 MTU 或降低内部 MTU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fragmentation needed: a {size:,}-byte IP packet does not fit the MTU {mtu:,} of {network} and DF is set; raise the MTU of {network} or lower the inner MTU</source>
        <translation>需要分片：{size:,} 字节的 IP 数据包超出 {network} 的 MTU {mtu:,}，且 DF 已置位；请提高 {network} 的 MTU 或降低内层 MTU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{dst} matches {route} ({source} route)</source>
        <translation>{dst} 匹配 {route}（{source}路由）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DLR in the kernel of {host}: {dst} matches {route} ({source} route)</source>
        <translation>{host} 内核中的 DLR：{dst} 匹配 {route}（{source}路由）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>underlay: {dst} matches {route} ({source} route)</source>
        <translation>底层网络：{dst} 匹配 {route}（{source}路由）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route to {dst} at {device}</source>
        <translation>{device} 上没有到 {dst} 的路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL expired at {device} (TTL {ttl} on {src} → {dst}); a routing loop or too many hops</source>
        <translation>TTL 在 {device} 耗尽（{src} → {dst} 的 TTL 为 {ttl}）；存在路由环路或跳数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped after {hops} hops: the packet is going round a forwarding loop</source>
        <translation>经过 {hops} 跳后停止：数据包陷入了转发环路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} is a {kind}, not a router: it drops a packet for {dst}</source>
        <translation>{device} 是{kind}，不是路由器：它丢弃发往 {dst} 的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} does not route packets for {dst}</source>
        <translation>{device} 不路由发往 {dst} 的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivered to {device} ({where})</source>
        <translation>送达 {device}（{where}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internet routing: {dst} belongs to {device}</source>
        <translation>因特网路由：{dst} 属于 {device}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internet routing: {device} announces {prefix} (its announcement)</source>
        <translation>因特网路由：{device} 通告 {prefix}（其通告的前缀）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>internet routing: {device} announces {prefix} (its subnet on {iface})</source>
        <translation>因特网路由：{device} 通告 {prefix}（其 {iface} 上的子网）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody on the {network} owns or announces {dst}</source>
        <translation>{network} 上没有任何设备拥有或通告 {dst}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no rule matches {what}; the default policy {action} it</source>
        <translation>没有规则匹配 {what}；默认策略{action}它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule {name} {action} {what} (checked before NAT)</source>
        <translation>规则 {name} {action} {what}（在 NAT 之前检查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied by firewall rule {name} on {device}</source>
        <translation>被 {device} 上的防火墙规则 {name} 拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied by the firewall&apos;s default policy on {device}</source>
        <translation>被 {device} 上防火墙的默认策略拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule {name}: destination {old} → {new}</source>
        <translation>规则 {name}：目标 {old} → {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rule {name} on {iface}: source {old} → {new}</source>
        <translation>{iface} 上的规则 {name}：源 {old} → {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VXLAN VNI {vni} ({network}): {device} runs on {host}, so VTEP {src} → {dst}, UDP {sport} → {dport}</source>
        <translation>VXLAN VNI {vni}（{network}）：{device} 运行于 {host}，因此经 VTEP {src} → {dst}，UDP {sport} → {dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VXLAN VNI {vni} → {network}; inner frame to {device} ({mac})</source>
        <translation>VXLAN VNI {vni} → {network}；内层帧发往 {device}（{mac}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{host} has no VTEP, so it cannot carry {network} (VNI {vni}) to {remote}</source>
        <translation>{host} 没有 VTEP，因此无法把 {network}（VNI {vni}）承载到 {remote}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{remote} has no VTEP, so {device} on {network} is unreachable from {host}</source>
        <translation>{remote} 没有 VTEP，因此从 {host} 无法到达 {network} 上的 {device}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no logical switch has VNI {vni}</source>
        <translation>没有 VNI 为 {vni} 的逻辑交换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VM on {network} has MAC {mac}</source>
        <translation>{network} 上没有 MAC 为 {mac} 的虚拟机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IP-in-IP from {src} arrives on tunl0; outer header removed</source>
        <translation>来自 {src} 的 IP-in-IP 到达 tunl0；外层报头被移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calico VXLAN from {src} arrives on vxlan.calico; outer headers removed</source>
        <translation>来自 {src} 的 Calico VXLAN 到达 vxlan.calico；外层报头被移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no service rule for {dst}:{dport}; the packet is for this node</source>
        <translation>没有 {dst}:{dport} 的服务规则；数据包是发给本节点的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local: {dst} is an address of {node}; {pod} listens on :{dport} in the host network</source>
        <translation>本地：{dst} 是 {node} 的地址；{pod} 在主机网络中监听 :{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dst} dev {veth} (Calico&apos;s /32 route to pod {pod})</source>
        <translation>{dst} dev {veth}（Calico 到 pod {pod} 的 /32 路由）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASQUERADE {old} → {new} (KUBE-POSTROUTING)</source>
        <translation>MASQUERADE {old} → {new}（KUBE-POSTROUTING）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MASQUERADE {old} → {new} (the address of {dev})</source>
        <translation>MASQUERADE {old} → {new}（{dev} 的地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calico natOutgoing: {old} → {new} (pod traffic leaving the IP pool {pool})</source>
        <translation>Calico natOutgoing：{old} → {new}（离开 IP 池 {pool} 的 pod 流量）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>natOutgoing is off: the pod address {src} leaves the node unchanged</source>
        <translation>natOutgoing 已关闭：pod 地址 {src} 原样离开节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no node&apos;s pod block holds {dst}, so Calico has no route for it</source>
        <translation>没有任何节点的 pod 地址块包含 {dst}，因此 Calico 没有到它的路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{node} or {peer} has no node address for Calico&apos;s route</source>
        <translation>{node} 或 {peer} 没有可供 Calico 路由使用的节点地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{dst} matches {block} via {via} dev {dev} (Calico route to {peer}, learned over BGP)</source>
        <translation>{dst} 匹配 {block} via {via} dev {dev}（Calico 到 {peer} 的路由，通过 BGP 学到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encapsulation is off and {peer} ({via}) is not on {node}&apos;s subnet; the routers between them do not know pod routes</source>
        <translation>封装已关闭，且 {peer}（{via}）不在 {node} 的子网上；它们之间的路由器不知道 pod 路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP-in-IP (IP protocol 4) via tunl0: outer {src} → {dst} ({mode}); inner TTL and DF copied</source>
        <translation>经 tunl0 做 IP-in-IP（IP 协议 4）封装：外层 {src} → {dst}（{mode}）；复制内层的 TTL 和 DF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calico VXLAN VNI {vni}: outer {src} → {dst} ({mode}); inner TTL and DF copied</source>
        <translation>Calico VXLAN VNI {vni}：外层 {src} → {dst}（{mode}）；复制内层的 TTL 和 DF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but it has no ready endpoints (selector {selector})</source>
        <translation>KUBE-SERVICES 匹配 {service}（{via} {dst}:{dport}），但它没有就绪的端点（选择器 {selector}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service {service} has no ready endpoints (selector {selector}); kube-proxy rejects the connection</source>
        <translation>服务 {service} 没有就绪的端点（选择器 {selector}）；kube-proxy 拒绝连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KUBE-SERVICES matches {service} ({via} {dst}:{dport}), but externalTrafficPolicy is Local and {node} has no ready endpoint</source>
        <translation>KUBE-SERVICES 匹配 {service}（{via} {dst}:{dport}），但 externalTrafficPolicy 为 Local，且 {node} 上没有就绪的端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>externalTrafficPolicy Local and no ready endpoint of {service} on {node}; kube-proxy rejects the connection</source>
        <translation>externalTrafficPolicy 为 Local，且 {node} 上没有 {service} 的就绪端点；kube-proxy 拒绝连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>endpoint {pod} of {service} has no address</source>
        <translation>{service} 的端点 {pod} 没有地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KUBE-SERVICES matches {service} ({via} {dst}:{dport}) → KUBE-SVC ({count} endpoints) → KUBE-SEP {pod}: DNAT to {ip}:{port} ({how})</source>
        <translation>KUBE-SERVICES 匹配 {service}（{via} {dst}:{dport}）→ KUBE-SVC（{count} 个端点）→ KUBE-SEP {pod}：DNAT 到 {ip}:{port}（{how}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>externalTrafficPolicy Cluster: KUBE-MARK-MASQ, the source becomes this node&apos;s address when the packet leaves (endpoint {pod} is {where}; the pod will not see the client)</source>
        <translation>externalTrafficPolicy 为 Cluster：KUBE-MARK-MASQ，数据包离开时源地址变为本节点的地址（端点 {pod} {where}；pod 将看不到客户端地址）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hairpin: {pod} ({src}) reaches its own service and picked itself; KUBE-MARK-MASQ, the source becomes this node&apos;s address</source>
        <translation>发夹：{pod}（{src}）访问自己的服务并选中了自己；KUBE-MARK-MASQ，源地址变为本节点的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kube-proxy --cluster-cidr: {src} is outside the pod network {cidr}, so KUBE-MARK-MASQ masquerades it to this node&apos;s address</source>
        <translation>kube-proxy --cluster-cidr：{src} 不在 pod 网络 {cidr} 内，因此 KUBE-MARK-MASQ 将其伪装为本节点的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>externalTrafficPolicy Local: client source {src} kept</source>
        <translation>externalTrafficPolicy 为 Local：保留客户端源地址 {src}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} has no address or no node</source>
        <translation>{pod} 没有地址或没有节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host network: the packet goes straight into {node}&apos;s stack</source>
        <translation>主机网络：数据包直接进入 {node} 的协议栈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default via {gateway} dev eth0: Calico&apos;s gateway, answered by {node} with proxy ARP ({mac})</source>
        <translation>default via {gateway} dev eth0：Calico 的网关，由 {node} 以代理 ARP 应答（{mac}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod}&apos;s interface MTU is {mtu:,} (set by Calico to fit the tunnel): its stack does not send a {size:,}-byte packet with DF set</source>
        <translation>{pod} 的接口 MTU 为 {mtu:,}（由 Calico 设置以适应隧道）：其协议栈不会发送设置了 DF 的 {size:,} 字节数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} does not forward packets for {dst}</source>
        <translation>{pod} 不转发发往 {dst} 的数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} terminates the connection but no ingress rule matches host {host} path {path}</source>
        <translation>{pod} 终止了连接，但没有 Ingress 规则匹配主机 {host} 路径 {path}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no ingress rule for host {host} path {path}; the controller answers 404</source>
        <translation>没有主机 {host} 路径 {path} 的 Ingress 规则；控制器返回 404</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ingress} routes host {host} to service {service}, which does not exist</source>
        <translation>{ingress} 把主机 {host} 路由到服务 {service}，但该服务不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingress {ingress} names service {service}, which has no ClusterIP</source>
        <translation>Ingress {ingress} 指定了服务 {service}，但该服务没有 ClusterIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} terminates TCP from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})</source>
        <translation>{pod} 终止来自 {client} 的 TCP；Ingress {ingress} 匹配主机 {host} 路径 {path} → 服务 {service}:{port}；打开新连接（X-Forwarded-For: {client}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} terminates TCP and TLS from {client}; ingress {ingress} matches host {host} path {path} → service {service}:{port}; opens a new connection (X-Forwarded-For: {client})</source>
        <translation>{pod} 终止来自 {client} 的 TCP 和 TLS；Ingress {ingress} 匹配主机 {host} 路径 {path} → 服务 {service}:{port}；打开新连接（X-Forwarded-For: {client}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{device} only bridges {network}; it does not route {dst}</source>
        <translation>{device} 只桥接 {network}；它不路由 {dst}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} has no working peer uplink to carry the frame</source>
        <translation>{device} 没有可用于承载该帧的对端上行链路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame {src} → {dst} ({target}) belongs on the far side of the stretched network ({network} behind {peer})</source>
        <translation>帧 {src} → {dst}（{target}）属于延伸网络的另一侧（{peer} 后面的 {network}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tunnel} from uplink {src} to {peer} {dst}{spi}; the inner frame and its TTL are carried untouched</source>
        <translation>{tunnel}，从上行链路 {src} 到 {peer} {dst}{spi}；内层帧及其 TTL 原样承载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tunnel} from {src} unwrapped</source>
        <translation>来自 {src} 的 {tunnel} 已解封装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frame placed on {network} for {device} ({mac}), unchanged</source>
        <translation>帧原样放到 {network} 上，发往 {device}（{mac}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} bridges no known network</source>
        <translation>{device} 没有桥接任何已知网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>firewall {rule}</source>
        <translation>防火墙 {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNAT {rule}</source>
        <translation>DNAT {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNAT {rule}</source>
        <translation>SNAT {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encap {layer}</source>
        <translation>封装 {layer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decap {layer}</source>
        <translation>解封装 {layer}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kube-proxy {rule}</source>
        <translation>kube-proxy {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proxy ({rule})</source>
        <translation>代理（{rule}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DROP: {reason}</source>
        <translation>丢弃：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>route via {via}</source>
        <translation>经 {via} 路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route dev {dev}</source>
        <translation>经 {dev} 路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conntrack {rule}</source>
        <translation>连接跟踪 {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICMP {rule}</source>
        <translation>ICMP {rule}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{device} answers the SYN: SYN-ACK {src}:{sport} → {dst}:{dport}</source>
        <translation>{device} 应答 SYN：SYN-ACK {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} answers: {protocol} {src}:{sport} → {dst}:{dport}</source>
        <translation>{device} 应答：{protocol} {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} answers the echo request: ICMP echo reply {src} → {dst}</source>
        <translation>{device} 应答回显请求：ICMP 回显应答 {src} → {dst}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing listens on {where} at {device}: it answers RST {src}:{sport} → {dst}:{dport}</source>
        <translation>{device} 上没有进程监听 {where}：它应答 RST {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing listens on {where} at {device}: it answers ICMP port unreachable {src} → {dst}</source>
        <translation>{device} 上没有进程监听 {where}：它应答 ICMP 端口不可达 {src} → {dst}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kube-proxy REJECT on {device}: ICMP port unreachable {src} → {dst}</source>
        <translation>{device} 上的 kube-proxy REJECT：ICMP 端口不可达 {src} → {dst}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} sends ICMP fragmentation needed (type 3 code 4, next-hop MTU {mtu}) {src} → {dst}, quoting the dropped packet&apos;s header</source>
        <translation>{device} 发送 ICMP 需要分片（类型 3 代码 4，下一跳 MTU {mtu}）{src} → {dst}，引用被丢弃数据包的报头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} sends ICMP time exceeded (type 11 code 0) {src} → {dst}, quoting the dropped packet&apos;s header</source>
        <translation>{device} 发送 ICMP 超时（类型 11 代码 0）{src} → {dst}，引用被丢弃数据包的报头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conntrack: the reply matches {reply}; translated back to {back} (entry created by {rules})</source>
        <translation>连接跟踪：应答匹配 {reply}；转换回 {back}（表项由 {rules} 创建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firewall session: the reply matches {reply}, allowed without a rule (session created by {rules})</source>
        <translation>防火墙会话：应答匹配 {reply}，无需规则即被允许（会话由 {rules} 创建）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conntrack RELATED: the ICMP error quotes {quoted}; translated back to the original {original}</source>
        <translation>连接跟踪 RELATED：ICMP 错误引用了 {quoted}；转换回原始的 {original}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stateful firewall on {device}: {what} belongs to no session, so it is dropped as invalid</source>
        <translation>{device} 上的状态防火墙：{what} 不属于任何会话，因此作为无效数据包被丢弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} drops a packet whose source {src} is its own address (a martian: it can only be its own packet looping back)</source>
        <translation>{device} 丢弃源地址 {src} 为其自身地址的数据包（火星包：只能是它自己的数据包绕回来了）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{pod} relays the back-end&apos;s response on the client&apos;s connection {src}:{sport} → {dst}:{dport}</source>
        <translation>{pod} 在客户端连接上转发后端的响应 {src}:{sport} → {dst}:{dport}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>established: {client} gets the reply from {peer}, the address it spoke to</source>
        <translation>已建立：{client} 从它访问的地址 {peer} 收到应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asymmetric: the reply reaches {client} from {got}, but it spoke to {expected}; it answers RST and the connection fails (the reply bypassed the state held by {holder})</source>
        <translation>非对称：应答从 {got} 到达 {client}，但它访问的是 {expected}；它回复 RST，连接失败（应答绕过了 {holder} 保存的状态）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return route: the reply from {server} dies at {device}: {reason}</source>
        <translation>无返回路由：来自 {server} 的应答在 {device} 处丢失：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no return route: the reply from {server} ends at {device}, not at {client}</source>
        <translation>无返回路由：来自 {server} 的应答终止于 {device}，而不是 {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>denied: the reply from {server} is dropped at {device}: {reason}</source>
        <translation>被拒绝：来自 {server} 的应答在 {device} 处被丢弃：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused: {reason}</source>
        <translation>被拒绝连接：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>black hole: {reason}; nothing is sent back, so the client only times out</source>
        <translation>黑洞：{reason}；没有任何应答返回，客户端只会超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; {device}&apos;s ICMP error reaches {client}</source>
        <translation>{reason}；{device} 的 ICMP 错误到达 {client}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}; {device}&apos;s ICMP error is lost at {where}</source>
        <translation>{reason}；{device} 的 ICMP 错误在 {where} 处丢失</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../desktop_app/ui/problem_words.py" line="+23"/>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop_app/model/messages.py" line="-445"/>
        <source>a {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an {noun}</source>
        <translation>{noun}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flow</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dns device</source>
        <translation>DNS 设备</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device kind</source>
        <translation>设备类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network kind</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node role</source>
        <translation>节点角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tunnel</source>
        <translation>隧道类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traffic policy</source>
        <translation>流量策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service protocol</source>
        <translation>服务协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT type</source>
        <translation>NAT 类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firewall action</source>
        <translation>防火墙动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firewall default</source>
        <translation>防火墙默认动作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calico encapsulation</source>
        <translation>Calico 封装方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ipip_mode</source>
        <translation>ipip_mode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; did you mean &apos;{near}&apos;?</source>
        <translation>；您是指“{near}”吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; use one of: {options}</source>
        <translation>；请使用以下值之一：{options}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; declare it under zones</source>
        <translation>；请在 zones 下声明它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; declare it under networks</source>
        <translation>；请在 networks 下声明它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; declare it under kubernetes</source>
        <translation>；请在 kubernetes 下声明它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; declare it under services</source>
        <translation>；请在 services 下声明它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the ESXi host it runs on</source>
        <translation>；请指定它所运行的 ESXi 主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the k8s-node it runs on</source>
        <translation>；请指定它所运行的 k8s-node</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the concentrator at the other site</source>
        <translation>；请指定另一个站点的 L2 集中器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the dns device that resolves its names</source>
        <translation>；请指定为它解析名称的 DNS 设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the device that sends the flow</source>
        <translation>；请指定发送此流的设备</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; name the pod kube-proxy should pick</source>
        <translation>；请指定 kube-proxy 应选择的 pod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; use a device id, an IPv4 address or a DNS name</source>
        <translation>；请使用设备 ID、IPv4 地址或 DNS 名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; add it to a dns device&apos;s records or use an address</source>
        <translation>；请把它添加到某个 DNS 设备的记录中，或改用地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; remove it</source>
        <translation>；请删除它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid id &apos;{id}&apos;: an id starts with a letter or digit and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>无效的 ID“{id}”：ID 以字母或数字开头，且只能包含字母、数字、“_”、“.”和“-”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate id &apos;{id}&apos;: {first} already uses it; ids are unique across zones, networks and devices, so rename one</source>
        <translation>重复的 ID“{id}”：{first} 已使用它；区域、网络和设备的 ID 必须互不相同，请重命名其中一个</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate {word} id &apos;{id}&apos;: {first} already uses it; rename one</source>
        <translation>重复的{word} ID“{id}”：{first} 已使用它；请重命名其中一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown {what} &apos;{value}&apos;{hint}</source>
        <translation>未知的{what}“{value}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown {word} &apos;{value}&apos;{hint}</source>
        <translation>未知的{word}“{value}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos; is {other:a}, not {wanted:a}{hint}</source>
        <translation>“{value}”是{other:a}，不是{wanted:a}{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zone &apos;{zone}&apos; cannot be its own parent; remove parent</source>
        <translation>区域“{zone}”不能是自己的父区域；请删除 parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zone parents form a cycle ({ring}); remove one of these parents</source>
        <translation>区域的父级构成了循环（{ring}）；请删除其中一个 parent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{text}&apos; is not an IPv4 network; write it as a.b.c.d/len, like 10.0.1.0/24</source>
        <translation>“{text}”不是 IPv4 网络；请写成 a.b.c.d/len 的形式，例如 10.0.1.0/24</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; has host bits set; did you mean &apos;{network}&apos;?</source>
        <translation>“{text}”设置了主机位；您是指“{network}”吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is a network; write a single address here, like &apos;{address}&apos;</source>
        <translation>“{text}”是一个网络；此处请写单个地址，例如“{address}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not an IPv4 address; write it as a.b.c.d</source>
        <translation>“{text}”不是 IPv4 地址；请写成 a.b.c.d 的形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{text}&apos; is not an address, a network or &apos;any&apos;; write a.b.c.d, a.b.c.d/len or any</source>
        <translation>“{text}”不是地址、网络或“any”；请写成 a.b.c.d、a.b.c.d/len 或 any</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port {port} is out of range; use 1–65535</source>
        <translation>端口 {port} 超出范围；请使用 1–65535</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target_port {port} is out of range; use 1–65535</source>
        <translation>target_port {port} 超出范围；请使用 1–65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address {address} is already used on this network by {owner}; give each interface its own address</source>
        <translation>地址 {address} 已被本网络上的 {owner} 使用；请为每个接口分配各自的地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>network &apos;{network}&apos; needs a cidr (its IPv4 subnet, like 10.0.1.0/24); only internet networks go without</source>
        <translation>网络“{network}”需要 cidr（它的 IPv4 子网，例如 10.0.1.0/24）；只有 internet 网络可以不写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>logical switch &apos;{network}&apos; needs a vni ({low}–{high}, unique)</source>
        <translation>逻辑交换机“{network}”需要 vni（{low}–{high}，且不能重复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vni {vni} is out of range; use {low}–{high}</source>
        <translation>vni {vni} 超出范围；请使用 {low}–{high}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vni {vni} is already used by logical switch &apos;{other}&apos;; give each logical switch its own vni</source>
        <translation>vni {vni} 已被逻辑交换机“{other}”使用；请为每个逻辑交换机分配各自的 vni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vni only applies to vxlan networks and &apos;{network}&apos; is {kind}; remove vni or set kind: vxlan</source>
        <translation>vni 只适用于 vxlan 网络，而“{network}”是{kind}；请删除 vni 或设置 kind: vxlan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vlan tag {vlan} is out of range; use 1–4094</source>
        <translation>VLAN 标记 {vlan} 超出范围；请使用 1–4094</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vlan tags only apply to vlan networks and &apos;{network}&apos; is {kind}; remove vlan</source>
        <translation>VLAN 标记只适用于 vlan 网络，而“{network}”是{kind}；请删除 vlan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mtu {mtu} is out of range; use {low}–{high} (default {default})</source>
        <translation>mtu {mtu} 超出范围；请使用 {low}–{high}（默认 {default}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{key}&apos; does not apply to {kind:a} (only to {allowed}); remove it or change the kind</source>
        <translation>“{key}”不适用于{kind:a}（只适用于{allowed}）；请删除它或更改 kind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{device}&apos; cannot run on itself; name the ESXi host it runs on</source>
        <translation>“{device}”不能运行在自身上；请指定它所运行的 ESXi 主机</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>interface name &apos;{name}&apos; is used twice on &apos;{device}&apos;; rename one</source>
        <translation>接口名“{name}”在“{device}”上用了两次；请重命名其中一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{mac}&apos; is not a MAC address; write it as 02:00:00:00:00:01 or leave it out for a stable default</source>
        <translation>“{mac}”不是 MAC 地址；请写成 02:00:00:00:00:01 的形式，或省略它以使用稳定的默认值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an interface needs &apos;network&apos;, the id of the network it is on</source>
        <translation>接口需要“network”，即它所在网络的 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only an esxi-host has a VTEP and &apos;{device}&apos; is {kind:a}; remove vtep</source>
        <translation>只有 ESXi 主机才有 VTEP，而“{device}”是{kind:a}；请删除 vtep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{device}&apos; already has a VTEP interface; a host has one, so remove vtep here</source>
        <translation>“{device}”已有一个 VTEP 接口；每台主机只有一个，请删除此处的 vtep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a VTEP needs an ip on the transport network</source>
        <translation>VTEP 需要传输网络上的 ip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VTEP sits on the underlay, but &apos;{network}&apos; is a logical switch; put it on a vlan transport network</source>
        <translation>VTEP 位于底层网络上，但“{network}”是逻辑交换机；请把它放到 vlan 传输网络上</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>write the interface address with its prefix length, like &apos;{address}/{prefix}&apos;</source>
        <translation>请写出接口地址的前缀长度，例如“{address}/{prefix}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{text}&apos; is not an interface address; write it as a.b.c.d/len, like 10.0.1.5/24</source>
        <translation>“{text}”不是接口地址；请写成 a.b.c.d/len 的形式，例如 10.0.1.5/24</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} is outside network &apos;{network}&apos; ({cidr}); use an address inside it or change network</source>
        <translation>{address} 不在网络“{network}”（{cidr}）内；请使用该网络内的地址，或更换网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} is outside network &apos;{network}&apos; ({cidr}); use an address inside it</source>
        <translation>{address} 不在网络“{network}”（{cidr}）内；请使用该网络内的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix /{prefix} differs from network &apos;{network}&apos; ({cidr}); write /{network_prefix}</source>
        <translation>前缀 /{prefix} 与网络“{network}”（{cidr}）的不同；请写 /{network_prefix}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{address} is the network or broadcast address of {cidr}; pick a host address</source>
        <translation>{address} 是 {cidr} 的网络地址或广播地址；请选择一个主机地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bridge interface carries the stretched network&apos;s frames and has no address of its own; remove ip</source>
        <translation>桥接接口承载延伸网络的帧，没有自己的地址；请删除 ip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gateway {address} is outside network &apos;{network}&apos; ({cidr}); a gateway must be on the interface&apos;s own network</source>
        <translation>网关 {address} 不在网络“{network}”（{cidr}）内；网关必须位于接口自己的网络上</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next hop {address} is not on a subnet connected to &apos;{device}&apos; ({subnets}); use an address on one of its networks</source>
        <translation>下一跳 {address} 不在与“{device}”直连的子网上（{subnets}）；请使用它某个网络上的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no device on network &apos;{network}&apos; has gateway address {address}; give the router that interface address</source>
        <translation>网络“{network}”上没有设备拥有网关地址 {address}；请把这个地址分配给路由器的接口</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no device on network &apos;{network}&apos; has next hop address {address}; give the router that interface address</source>
        <translation>网络“{network}”上没有设备拥有下一跳地址 {address}；请把这个地址分配给路由器的接口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another NAT rule is already named &apos;{name}&apos;; traces name the rule that matched, so give each its own name</source>
        <translation>已有另一条 NAT 规则名为“{name}”；追踪会给出匹配规则的名称，请为每条规则起不同的名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{device}&apos; has no interface named &apos;{name}&apos;{hint}</source>
        <translation>“{device}”没有名为“{name}”的接口{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a DNAT rule needs translate.ip or translate.port (the new destination)</source>
        <translation>DNAT 规则需要 translate.ip 或 translate.port（新的目标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SNAT rule needs translate.ip (the new source address)</source>
        <translation>SNAT 规则需要 translate.ip（新的源地址）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>l2-concentrator &apos;{device}&apos; needs &apos;bridge&apos;, the network it stretches</source>
        <translation>L2 集中器“{device}”需要“bridge”，即它延伸的网络</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{device}&apos; has no interface on its bridge network &apos;{network}&apos;; add {{name: bridge, network: {network}}} under interfaces</source>
        <translation>“{device}”在其桥接网络“{network}”上没有接口；请在 interfaces 下添加 {{name: bridge, network: {network}}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>l2-concentrator &apos;{device}&apos; needs &apos;peer&apos;, the concentrator at the other site</source>
        <translation>L2 集中器“{device}”需要“peer”，即另一个站点的集中器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{device}&apos; cannot be its own peer; name the concentrator at the other site</source>
        <translation>“{device}”不能是自己的对端；请指定另一个站点的集中器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>peer &apos;{peer}&apos; names &apos;{other}&apos; as its peer, not &apos;{device}&apos;; make the two concentrators name each other</source>
        <translation>对端“{peer}”把“{other}”作为它的对端，而不是“{device}”；请让两个集中器互相指定对方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bridged networks &apos;{network}&apos; ({cidr}) and &apos;{peer_network}&apos; ({peer_cidr}) must have the same cidr: a stretched network is one subnet at both sites</source>
        <translation>桥接的网络“{network}”（{cidr}）和“{peer_network}”（{peer_cidr}）必须有相同的 cidr：延伸网络在两个站点上是同一个子网</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vxlan_port {port} is not a port; use 4789 (or 8472 for older NSX-V installs)</source>
        <translation>vxlan_port {port} 不是有效端口；请使用 4789（较旧的 NSX-V 安装使用 8472）</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>{kind} &apos;{device}&apos; has no interfaces, so packets cannot reach it; connect it to a network [interfaces]</source>
        <translation>{kind}“{device}”没有接口，数据包无法到达它；请把它连接到网络 [interfaces]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;{device}&apos; is on logical switch &apos;{network}&apos; but runs on no ESXi host; put it in the box of the host it runs on [host] so VXLAN can be traced</source>
        <translation>“{device}”在逻辑交换机“{network}”上，但不在任何 ESXi 主机上运行；请把它放进所运行主机的方框中 [host]，以便追踪 VXLAN</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the ESXi host &apos;{host}&apos; runs &apos;{guest}&apos; on logical switch &apos;{network}&apos; but has no VTEP; tick VTEP on its interface on the transport network [vtep: true]</source>
        <translation>ESXi 主机“{host}”在逻辑交换机“{network}”上运行“{guest}”，但没有 VTEP；请在它连接传输网络的接口上勾选 VTEP [vtep: true]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>transport network &apos;{network}&apos; carries VXLAN with an MTU of {mtu}; VXLAN adds 50 bytes; NSX wants 1600, so set mtu: 1600</source>
        <translation>传输网络“{network}”承载 VXLAN，但 MTU 只有 {mtu}；VXLAN 会增加 50 字节，NSX 要求 1600，请设置 mtu: 1600</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service_cidr {services} overlaps pod_cidr {pods}; pick ranges that do not overlap</source>
        <translation>service_cidr {services} 与 pod_cidr {pods} 重叠；请选择互不重叠的范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k8s-node &apos;{device}&apos; has no cluster; set cluster to the id of its Kubernetes cluster</source>
        <translation>k8s-node“{device}”没有 cluster；请把 cluster 设为它所属 Kubernetes 集群的 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod_cidr {block} is outside cluster &apos;{cluster}&apos; pod_cidr {pool}; give the node a block inside it</source>
        <translation>pod_cidr {block} 不在集群“{cluster}”的 pod_cidr {pool} 内；请为该节点分配其中的地址块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod_cidr {block} overlaps node &apos;{other}&apos; pod_cidr {other_block}; give each node its own block</source>
        <translation>pod_cidr {block} 与节点“{other}”的 pod_cidr {other_block} 重叠；请为每个节点分配各自的地址块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vip {address} is outside the networks of &apos;{device}&apos;; a vip must be inside one of its interfaces&apos; networks</source>
        <translation>vip {address} 不在“{device}”的网络内；vip 必须位于它某个接口所在的网络内</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod &apos;{device}&apos; needs &apos;node&apos;, the k8s-node it runs on</source>
        <translation>pod“{device}”需要“node”，即它所运行的 k8s-node</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a host-network pod uses its node&apos;s addresses; remove ip</source>
        <translation>主机网络 pod 使用其节点的地址；请删除 ip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pod &apos;{device}&apos; needs &apos;ip&apos; (an address in its node&apos;s pod_cidr) unless it has host_network: true</source>
        <translation>pod“{device}”需要“ip”（其节点 pod_cidr 中的地址），除非它设置了 host_network: true</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod ip {address} is outside cluster &apos;{cluster}&apos; pod_cidr {pool}; use an address in its node&apos;s block</source>
        <translation>pod ip {address} 不在集群“{cluster}”的 pod_cidr {pool} 内；请使用其节点地址块中的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pod ip {address} is outside node &apos;{node}&apos; pod_cidr {block}; Calico routes it to another node</source>
        <translation>pod ip {address} 不在节点“{node}”的 pod_cidr {block} 内；Calico 会把它路由到另一个节点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster &apos;{cluster}&apos; already has a service named &apos;{name}&apos;; rename one</source>
        <translation>集群“{cluster}”已有名为“{name}”的服务；请重命名其中一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster_ip {address} is outside service_cidr {cidr}; use an address inside it</source>
        <translation>cluster_ip {address} 不在 service_cidr {cidr} 内；请使用其中的地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster_ip {address} is already used by service &apos;{service}&apos;; give each service its own</source>
        <translation>cluster_ip {address} 已被服务“{service}”使用；请为每个服务分配各自的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load_balancer_ip only applies to LoadBalancer services; remove it or set type: LoadBalancer</source>
        <translation>load_balancer_ip 只适用于 LoadBalancer 服务；请删除它或设置 type: LoadBalancer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no device holds {address}; add it to the vips of the node that answers for it</source>
        <translation>没有设备拥有 {address}；请把它添加到应答该地址的节点的 vips 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoadBalancer service &apos;{service}&apos; has no load_balancer_ip; add the address clients connect to</source>
        <translation>LoadBalancer 服务“{service}”没有 load_balancer_ip；请添加客户端连接的地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>service &apos;{service}&apos; has no ports; add ports: [{{port: 80}}]</source>
        <translation>服务“{service}”没有端口；请添加 ports: [{{port: 80}}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>node_port {port} is outside {low}–{high}, the range kube-proxy opens; pick one inside it</source>
        <translation>node_port {port} 不在 kube-proxy 开放的范围 {low}–{high} 内；请在此范围内选择</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node_port {port} is already used by service &apos;{service}&apos;; each node port serves one service</source>
        <translation>node_port {port} 已被服务“{service}”使用；每个节点端口只服务一个服务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>node_port only applies to NodePort and LoadBalancer services; remove it or change type</source>
        <translation>node_port 只适用于 NodePort 和 LoadBalancer 服务；请删除它或更改 type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>selector {selector} matches no pod in cluster &apos;{cluster}&apos;; the service has no endpoints</source>
        <translation>选择器 {selector} 不匹配集群“{cluster}”中的任何 pod；该服务没有端点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cluster &apos;{cluster}&apos; already has an ingress named &apos;{name}&apos;; rename one</source>
        <translation>集群“{cluster}”已有名为“{name}”的 Ingress；请重命名其中一个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ingress &apos;{name}&apos; has no controller; add the labels of its controller pods, like controller: {{app: nginx-ingress}}</source>
        <translation>Ingress“{name}”没有 controller；请添加其控制器 pod 的标签，例如 controller: {{app: nginx-ingress}}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>controller {selector} matches no pod in cluster &apos;{cluster}&apos;; nothing terminates this ingress</source>
        <translation>控制器 {selector} 不匹配集群“{cluster}”中的任何 pod；没有任何组件终止此 Ingress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown service &apos;{service}&apos; in cluster &apos;{cluster}&apos;{hint}</source>
        <translation>集群“{cluster}”中没有服务“{service}”{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service &apos;{service}&apos; has no port {port}; use one of its ports</source>
        <translation>服务“{service}”没有端口 {port}；请使用它的某个端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>icmp has no ports; remove port</source>
        <translation>icmp 没有端口；请删除 port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size {size} is not an IP packet size; use 20–65535 bytes</source>
        <translation>大小 {size} 不是有效的 IP 数据包大小；请使用 20–65535 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{target}&apos; is not a valid IPv4 address; write it as a.b.c.d</source>
        <translation>“{target}”不是有效的 IPv4 地址；请写成 a.b.c.d 的形式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dns device has a record for &apos;{name}&apos;{hint}</source>
        <translation>没有 DNS 设备有“{name}”的记录{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{source}&apos; has no dns server to look up &apos;{name}&apos;; set its dns to &apos;{server}&apos;</source>
        <translation>“{source}”没有可用于查找“{name}”的 DNS 服务器；请把它的 dns 设为“{server}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{source}&apos; asks &apos;{dns}&apos;, which has no record for &apos;{name}&apos; (only &apos;{server}&apos; has); add the record there or change its dns</source>
        <translation>“{source}”向“{dns}”查询，但后者没有“{name}”的记录（只有“{server}”有）；请在那里添加记录或更改其 dns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>layout entry &apos;{key}&apos; names no zone, network or device{hint}</source>
        <translation>布局条目“{key}”没有指向任何区域、网络或设备{hint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout of zone &apos;{key}&apos; needs 4 numbers [x, y, width, height], found {found}</source>
        <translation>区域“{key}”的布局需要 4 个数字 [x, y, width, height]，实际有 {found} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>layout of {word} &apos;{key}&apos; needs 2 numbers [x, y], found {found}</source>
        <translation>{word}“{key}”的布局需要 2 个数字 [x, y]，实际有 {found} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last number of the layout of &apos;{key}&apos; says whether it is drawn collapsed: 1 or 0, not {found}</source>
        <translation>“{key}”布局的最后一个数字表示是否折叠显示：应为 1 或 0，而不是 {found}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{value}&apos;</source>
        <translation>“{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected {wanted}, found {found}</source>
        <translation>应为{wanted}，实际为{found}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key &apos;{key}&apos; appears twice in this mapping</source>
        <translation>键“{key}”在此映射中出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mapping keys must be plain names</source>
        <translation>映射的键必须是普通名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown key &apos;{key}&apos;{hint}</source>
        <translation>未知的键“{key}”{hint}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{key}&apos; needs a value</source>
        <translation>“{key}”需要一个值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing required key &apos;{key}&apos;</source>
        <translation>缺少必需的键“{key}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a topology is a mapping of keys (hybridviz, name, networks, …), found {found}</source>
        <translation>拓扑应是由键（hybridviz、name、networks 等）组成的映射，实际为{found}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document nests too deeply</source>
        <translation>文档嵌套层次过深</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is empty; a topology starts with &apos;hybridviz: 1&apos;</source>
        <translation>文件为空；拓扑文件以“hybridviz: 1”开头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not valid YAML: {problem}</source>
        <translation>不是有效的 YAML：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>found a second document (&apos;---&apos;); a topology file holds exactly one</source>
        <translation>发现了第二个文档（“---”）；一个拓扑文件只能包含一个文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>found undefined alias &apos;{alias}&apos;</source>
        <translation>发现未定义的别名“{alias}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML tag &apos;{tag}&apos; is not allowed; topology files hold plain text, numbers, lists and mappings</source>
        <translation>不允许使用 YAML 标签“{tag}”；拓扑文件只包含普通文本、数字、列表和映射</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a YAML alias refers to itself; remove the recursive anchor</source>
        <translation>YAML 别名引用了它自身；请删除这个递归的锚点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML aliases would expand this document to {total:,} values (from {written:,} written); refusing it as an alias bomb. Write the values out instead of nesting aliases</source>
        <translation>YAML 别名会把此文档展开为 {total:,} 个值（实际只写了 {written:,} 个）；这是别名炸弹，已拒绝加载。请直接写出这些值，不要嵌套别名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing the format number: add &apos;hybridviz: 1&apos; as the first line</source>
        <translation>缺少格式编号：请在第一行添加“hybridviz: 1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the format number must be a whole number, found {found}</source>
        <translation>格式编号必须是整数，实际为{found}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this file uses format {number}, newer than this hybridviz understands (format {known}); open it with a newer hybridviz</source>
        <translation>此文件使用格式 {number}，比此版本 hybridviz 能识别的格式（格式 {known}）更新；请用更新版本的 hybridviz 打开它</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>format {number} does not exist; the first format is 1</source>
        <translation>格式 {number} 不存在；第一个格式是 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the file: {reason}</source>
        <translation>无法打开文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read the file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No such file or directory</source>
        <translation>文件或目录不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is a directory</source>
        <translation>它是一个目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is {size:.1f} MB; topology files are limited to {limit} MB</source>
        <translation>文件大小为 {size:.1f} MB；拓扑文件最大为 {limit} MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not UTF-8 text (byte {byte}); save the file as UTF-8</source>
        <translation>不是 UTF-8 文本（位于字节 {byte}）；请将文件保存为 UTF-8 编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the control character {char} is not allowed in a topology file; remove it</source>
        <translation>拓扑文件中不允许出现控制字符 {char}；请删除它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this number has {digits:,} digits; numbers are limited to {limit:,} digits</source>
        <translation>此数字有 {digits:,} 位；数字最多 {limit:,} 位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hybridviz could not handle this file ({error}); nothing was changed. Please report it with the file</source>
        <translation>hybridviz 无法处理此文件（{error}）；未做任何更改。请连同该文件一起报告此问题</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>this {format} carries no hybridviz topology; open the .yaml file it was exported from, or export it again from hybridviz</source>
        <translation>此 {format} 不包含 hybridviz 拓扑；请打开导出它的 .yaml 文件，或在 hybridviz 中重新导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the topology inside this {format} cannot be read ({reason}); export it again from hybridviz</source>
        <translation>无法读取此 {format} 中的拓扑（{reason}）；请在 hybridviz 中重新导出</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagram</source>
        <translation>draw.io 图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <location filename="../../desktop_app/model/editing/messages.py" line="+12"/>
        <source>an id cannot be empty</source>
        <translation>ID 不能为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{id}&apos; is not a valid id: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>“{id}”不是有效的 ID：请使用字母、数字、“.”、“_”和“-”，并以字母或数字开头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id &apos;{id}&apos; is already used; ids must be unique</source>
        <translation>ID“{id}”已被使用；ID 必须唯一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{id} has no CIDR to take an address from; set its cidr first</source>
        <translation>{id} 没有可分配地址的 CIDR；请先设置它的 cidr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{id} ({subnet}) has no free address left</source>
        <translation>{id}（{subnet}）已没有空闲地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no {kind} &apos;{id}&apos;</source>
        <translation>没有{kind}“{id}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing has the id &apos;{id}&apos;</source>
        <translation>没有任何对象的 ID 是“{id}”</translation>
    </message>
</context>
<context>
    <name>web</name>
    <message>
        <location filename="../../desktop_app/export/web/words.py" line="+17"/>
        <source>Flows</source>
        <translation>流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First hop</source>
        <translation>第一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step back</source>
        <translation>后退一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step forward</source>
        <translation>前进一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hop</source>
        <translation>最后一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hop {n} of {total}</source>
        <translation>第 {n} 跳，共 {total} 跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the hop does</source>
        <translation>这一跳做了什么</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Headers</source>
        <translation>报头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes on the wire</source>
        <translation>线路上的字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as sent on {network}</source>
        <translation>从 {network} 发出时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>handed over inside the machine</source>
        <translation>在本机内部传递</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as received from {network}</source>
        <translation>从 {network} 收到时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as received</source>
        <translation>收到时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} B frame</source>
        <translation>{size} 字节的帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was {old}</source>
        <translation>原为 {old}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new layer</source>
        <translation>新增的层</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ DROPPED at {where}</source>
        <translation>✖ 在 {where} 被丢弃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{device} (on {host})</source>
        <translation>{device}（位于 {host}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space play/pause · ←/→ step a hop · Home/End first/last hop</source>
        <translation>Space 播放/暂停 · ←/→ 逐跳前后 · Home/End 第一跳/最后一跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The topology has no saved flows to play.</source>
        <translation>此拓扑没有可播放的已保存流。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no frame at this hop</source>
        <translation>这一跳没有帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made with hybridviz from {name}; open this file in hybridviz to edit the topology.</source>
        <translation>由 hybridviz 根据 {name} 生成；在 hybridviz 中打开此文件即可编辑拓扑。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
</TS>
