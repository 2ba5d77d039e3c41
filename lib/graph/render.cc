#include "graph/render.h"

namespace vpcsynth::graph {

std::string render(const Topology& topology, GraphFormat format, const RenderOptions& options) {
  switch (format) {
    case GraphFormat::Dot: return renderDot(topology, options);
    case GraphFormat::Mermaid: return renderMermaid(topology, options);
    case GraphFormat::Svg: return renderSvg(topology, options);
  }
  return {};
}

}  // namespace vpcsynth::graph
