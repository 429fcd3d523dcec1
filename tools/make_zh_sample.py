"""Write samples/icp-vcs-hybrid.zh.yaml: the reference topology with Chinese labels and notes.

    uv run python tools/make_zh_sample.py

The topology itself (ids, addresses, rules, flows) comes from the English sample, so the two
never drift apart; only the words below are Chinese. tests/test_samples_zh.py checks both.
"""

from __future__ import annotations

import copy
from pathlib import Path

from desktop_app.model import load_topology, save

ROOT = Path(__file__).resolve().parents[1]

NAME = "VCS 上的 ICP 与企业网络延伸"
DESCRIPTION = (
    "《网络访问和流》的参考拓扑：IBM Cloud Private (ICP) 集群运行在 IBM Cloud 上的 VMware vCenter Server"
    "（VCS）虚拟机中，位于 NSX Edge 服务网关 (ESG) 之后；IBM Cloud 网络（FCR、BCR、XCR）；因特网；"
    "以及一个企业站点，其 172.16.50.0/24 网络由一对 L2 集中器延伸到云中。\n"
    "公共地址取自文档专用地址段 (RFC 5737)。\n"
)
LABELS = {
    "internet-zone": "因特网",
    "ibm-cloud": "IBM Cloud",
    "ibm-network": "IBM Cloud 网络",
    "vcs": "VCS 实例（vSphere + NSX）",
    "icp": "ICP 集群",
    "enterprise": "企业站点",
    "internet": "因特网",
    "public-portable": "公共可移植子网",
    "private-portable": "专用可移植子网",
    "vtep-a": "VTEP 传输网络（机架 A）",
    "vtep-b": "VTEP 传输网络（机架 B）",
    "ibm-backbone": "IBM Cloud 骨干网（XCR 到 BCR）",
    "direct-link": "Direct Link（企业 WAN）",
    "transit-ls": "中转逻辑交换机（ESG 到 DLR）",
    "icp-ls": "ICP 节点逻辑交换机",
    "db-ls": "数据库逻辑交换机",
    "stretch-ls": "延伸的企业网络（云端）",
    "ent-lan": "企业用户局域网",
    "onprem-stretch": "延伸的企业网络（内部部署端）",
    "onprem-uplink": "L2 集中器上行链路（专用可移植 IP）",
    "internet-user": "外部用户",
    "public-dns": "公共 DNS",
    "image-registry": "映像仓库（Docker Hub、Helm 图表）",
    "fcr": "FCR（前端客户路由器）",
    "bcr": "BCR（后端客户路由器）",
    "xcr": "XCR（交叉连接路由器）",
    "esxi-1": "ESXi 主机 1",
    "esxi-2": "ESXi 主机 2",
    "esxi-3": "ESXi 主机 3",
    "esg": "ICP NSX Edge（ESG）",
    "dlr": "NSX DLR（分布式逻辑路由器）",
    "db-1": "数据库 VM（PostgreSQL）",
    "ad-dns": "VCS AD/DNS 服务器",
    "jumpbox": "管理跳板机",
    "app-vm": "已迁移的应用 VM（延伸网络）",
    "cloud-l2c": "L2 集中器（云端）",
    "master-1": "ICP 主节点",
    "proxy-1": "ICP 代理节点（持有集群 VIP）",
    "worker-1": "ICP 工作程序节点 1",
    "worker-2": "ICP 工作程序节点 2（持有 LoadBalancer IP）",
    "nginx-ingress": "Ingress 控制器（NGINX，主机网络）",
    "web-1": "Web 层 pod 1",
    "web-2": "Web 层 pod 2",
    "ent-user": "企业用户",
    "ent-dns": "企业 DNS",
    "onprem-router": "内部部署路由器",
    "onprem-esxi": "内部部署 vSphere 主机",
    "onprem-l2c": "L2 集中器（内部部署）",
    "onprem-app": "仍在内部部署的应用服务器",
    "cluster:icp": "IBM Cloud Private 3.1",
}
NOTES = {
    "public-portable": "分配给 VCS 实例的 IBM Cloud 公共可移植子网；ESG 的公共上行链路。",
    "private-portable": "IBM Cloud 专用可移植子网；ESG 的专用上行链路和云端 L2 集中器的上行链路。",
    "vtep-a": "esxi-1 与 esxi-2 的 VTEP 之间的 VXLAN 底层网络。NSX 要求 MTU 至少为 1600。",
    "vtep-b": "esxi-3 的 VTEP 子网；进出它的 VXLAN 经由 BCR 路由。",
    "stretch-ls": "在云中承载企业的 172.16.50.0/24；由 L2 集中器与内部部署 VLAN 桥接。",
    "internet-user": "因特网上打开 https://web.example.com 的用户（源文档的流 1）。",
    "image-registry": "除非脱机安装，ICP 和 CAM 会从因特网获取映像、图表和软件包。",
    "fcr": "承载公共流量；向因特网通告公共可移植子网。",
    "bcr": "承载专用流量，包括 VTEP 子网之间的 VXLAN 底层流量。",
    "xcr": "终止企业的 Direct Link，并通过 BGP 与其交换路由。",
    "esg": "防火墙和 NAT 按源文档配置；DNAT 将公共 Web 地址转换为 ICP 代理 VIP。",
    "dlr": "在数据包所在的 ESXi 主机内核中路由；其上行链路通过中转交换机连接 ESG。",
    "app-vm": "迁移到云后保留企业地址；其网关仍在内部部署端。",
    "onprem-router": "延伸网络的网关保留在这里；经由 Direct Link 到达云。",
}
FLOW_LABELS = {
    "flow1-internet-to-web": "流 1：因特网用户 → ICP 中的 Web 层（Ingress）",
    "flow2-web-to-db": "流 2：Web 层 pod → 数据库 VM",
    "flow3-enterprise-to-vm": "流 3：企业用户 → 延伸网络上的 VM",
    "access-nodeport": "NodePort 访问：跳板机 → worker-1:30080",
    "access-loadbalancer": "LoadBalancer 访问：因特网用户 → lb.example.com",
    "access-ingress": "Ingress 访问：企业用户 → web.icp.internal",
    "icp-image-pull": "公共访问：worker-1 拉取映像",
    "app-via-esg-nat": "典型混合云故障：企业用户经 ESG 的 DNAT 访问应用 VM",
    "internet-ssh-denied": "必须保持关闭：因特网用户 → 公共 Web 地址上的 SSH",
}
FLOW_NOTES = {
    "flow1-internet-to-web": "源文档的流 1，步骤 1–6。",
    "flow2-web-to-db": "源文档的流 2，步骤 1–9。",
    "flow3-enterprise-to-vm": "源文档的流 3，步骤 1–7。",
    "app-via-esg-nat": (
        "请求能够到达：ESG 将它向企业发布的覆盖网络地址 10.10.9.20 DNAT 到延伸网络上的 VM app-vm（172.16.50.20）。"
        "但 app-vm 的网关是内部部署路由器（172.16.50.1），因此它的应答经 L2 延伸直接从 172.16.50.20 "
        "到达 ent-user，从未经过 ESG 的连接表项：用户访问的是 10.10.9.20，于是回复 RST，连接失败"
        "（经过 NAT 的非对称路由）。修复方法：在 ESG 上为此 DNAT 添加 SNAT 规则（在 stretch 接口上将源"
        "改为 172.16.50.254），使应答回到 ESG；或为延伸网络提供云端网关（NSX/HCX 就近路由），供从云端进入的"
        "流量使用；或像流 3 一样直接访问 VM 自己的地址。"),
    "internet-ssh-denied": "ESG 的公共地址只开放 HTTPS；其防火墙的默认策略拒绝其余流量。",
}


def translate(topology):
    zh = copy.deepcopy(topology)
    zh.name = NAME
    zh.description = DESCRIPTION
    for obj in [*zh.zones, *zh.networks, *zh.devices]:
        obj.label = LABELS[obj.id]
        if obj.id in NOTES:
            obj.notes = NOTES[obj.id]
    for cluster in zh.kubernetes:
        cluster.label = LABELS[f"cluster:{cluster.id}"]
    for flow in zh.flows:
        flow.label = FLOW_LABELS[flow.id]
        flow.notes = FLOW_NOTES.get(flow.id)
    return zh


def main() -> None:
    english = load_topology(ROOT / "samples" / "icp-vcs-hybrid.yaml")
    save(translate(english), ROOT / "samples" / "icp-vcs-hybrid.zh.yaml")


if __name__ == "__main__":
    main()
