// R0011: resources that depend on each other in a cycle, which CloudFormation cannot order.
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <string>

#include "lint/rule.h"

namespace vpcsynth::lint {
namespace {

using Graph = std::vector<std::vector<std::size_t>>;

// Dependency edges between resources, by index in template order, without duplicates.
Graph dependencyGraph(const LintContext& context) {
  const auto& resources = context.resources();
  Graph graph(resources.size());
  const auto indexOf = [&](std::string_view name) -> std::ptrdiff_t {
    const Resource* found = context.resource(name);
    return found ? found - resources.data() : -1;
  };
  for (const Reference& reference : context.references()) {
    if (reference.fromResource.empty()) continue;
    if (reference.kind == ReferenceKind::Condition || reference.kind == ReferenceKind::FindInMap) {
      continue;
    }
    const std::ptrdiff_t from = indexOf(reference.fromResource);
    const std::ptrdiff_t to = indexOf(reference.target);
    if (from < 0 || to < 0) continue;
    graph[static_cast<std::size_t>(from)].push_back(static_cast<std::size_t>(to));
  }
  for (auto& edges : graph) {
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  }
  return graph;
}

// Tarjan's strongly connected components, iterative so that a long chain of resources cannot
// exhaust the stack. Returns the component number of each node.
std::vector<std::size_t> components(const Graph& graph) {
  constexpr std::size_t kUnvisited = static_cast<std::size_t>(-1);
  const std::size_t n = graph.size();
  std::vector<std::size_t> index(n, kUnvisited), low(n, 0), component(n, kUnvisited);
  std::vector<bool> onStack(n, false);
  std::vector<std::size_t> stack;
  std::vector<std::pair<std::size_t, std::size_t>> work;  // node, next edge
  std::size_t counter = 0, componentCount = 0;
  for (std::size_t start = 0; start < n; ++start) {
    if (index[start] != kUnvisited) continue;
    work.emplace_back(start, 0);
    while (!work.empty()) {
      auto& [node, edge] = work.back();
      if (edge == 0) {
        index[node] = low[node] = counter++;
        stack.push_back(node);
        onStack[node] = true;
      }
      if (edge < graph[node].size()) {
        const std::size_t next = graph[node][edge++];
        if (index[next] == kUnvisited) {
          work.emplace_back(next, 0);
        } else if (onStack[next]) {
          low[node] = std::min(low[node], index[next]);
        }
        continue;
      }
      if (low[node] == index[node]) {
        std::size_t member;
        do {
          member = stack.back();
          stack.pop_back();
          onStack[member] = false;
          component[member] = componentCount;
        } while (member != node);
        ++componentCount;
      }
      const std::size_t finished = node;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[finished]);
    }
  }
  return component;
}

// The shortest cycle through `start` inside its component, as a list of nodes from `start`.
std::vector<std::size_t> cycleThrough(const Graph& graph, const std::vector<std::size_t>& component,
                                      std::size_t start) {
  std::vector<std::size_t> parent(graph.size(), graph.size());
  std::deque<std::size_t> queue{start};
  while (!queue.empty()) {
    const std::size_t node = queue.front();
    queue.pop_front();
    for (std::size_t next : graph[node]) {
      if (component[next] != component[start]) continue;
      if (next == start) {
        std::vector<std::size_t> cycle{node};
        while (cycle.back() != start) cycle.push_back(parent[cycle.back()]);
        std::reverse(cycle.begin(), cycle.end());
        return cycle;
      }
      if (parent[next] != graph.size()) continue;
      parent[next] = node;
      queue.push_back(next);
    }
  }
  return {start};
}

class CircularDependencyRule final : public Rule {
 public:
  CircularDependencyRule()
      : Rule({"R0011", Severity::Error, "Resources depend on each other in a cycle", "E3004"}) {}

  void check(const LintContext& context, Findings& findings) const override {
    const Graph graph = dependencyGraph(context);
    const std::vector<std::size_t> component = components(graph);
    std::vector<std::size_t> size(graph.size(), 0);
    for (std::size_t c : component) ++size[c];
    std::vector<bool> reported(graph.size(), false);
    const auto& resources = context.resources();
    for (std::size_t node = 0; node < graph.size(); ++node) {
      const std::size_t c = component[node];
      const bool selfLoop = std::binary_search(graph[node].begin(), graph[node].end(), node);
      if (reported[c] || (size[c] < 2 && !selfLoop)) continue;
      reported[c] = true;
      std::string path;
      for (std::size_t member : cycleThrough(graph, component, node)) {
        path += std::string(resources[member].name) + " -> ";
      }
      path += resources[node].name;
      std::string hint;
      if (resources[node].type == "AWS::EC2::SecurityGroup") {
        hint =
            "; move the security group rules that close the cycle into separate "
            "AWS::EC2::SecurityGroupIngress/Egress resources";
      }
      findings.add(resources[node].keyPosition,
                   fmt::format("circular dependency: {}{}", path, hint));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> makeCircularDependencyRule() {
  return std::make_unique<CircularDependencyRule>();
}

}  // namespace vpcsynth::lint
