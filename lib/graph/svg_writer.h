#pragma once

#include <string>
#include <string_view>

namespace vpcsynth::graph {

/// The few SVG elements the topology picture needs, written with integer coordinates so the
/// text is the same on every machine.
class SvgWriter {
 public:
  void rect(int x, int y, int width, int height, std::string_view fill, std::string_view stroke,
            int radius = 6, std::string_view dash = {});
  /// Text whose baseline starts at (x, y); `anchor` is "start", "middle" or "end".
  void text(int x, int y, std::string_view content, int size, std::string_view fill = "#263238",
            bool bold = false, std::string_view anchor = "start");
  /// A line ending in an arrowhead; `dash` empty for a solid line.
  void arrow(int x1, int y1, int x2, int y2, std::string_view color, std::string_view dash = {});
  void circle(int x, int y, int radius, std::string_view fill);

  /// The whole document, `width` by `height`, with `title` for screen readers and tab titles.
  std::string document(int width, int height, std::string_view title) const;

 private:
  std::string body_;
};

/// The width, in pixels, that a sans-serif line of `text` takes at `size` pixels: an estimate
/// that errs wide, since the picture cannot measure fonts.
int textWidth(std::string_view text, int size, bool bold = false);

/// `text` cut to at most `maxCharacters` characters (code points), ending in "…" when cut.
std::string shorten(std::string_view text, std::size_t maxCharacters);

}  // namespace vpcsynth::graph
