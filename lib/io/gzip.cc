#include "io/gzip.h"

#include <zlib.h>

#include <climits>

namespace vpcsynth {

bool isGzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

GunzipResult gunzip(std::string_view compressed, std::size_t maxBytes) {
  GunzipResult result;
  if (compressed.size() > UINT_MAX) {
    result.error = "compressed input larger than 4 GiB";
    return result;
  }
  z_stream stream{};
  // 16 + MAX_WBITS: expect a gzip header, not a raw zlib one.
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
    result.error = "cannot initialise zlib";
    return result;
  }
  // zlib's interface is not const-correct; it only reads the input.
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  char buffer[1 << 16];
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    status = inflate(&stream, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) break;
    result.text.append(buffer, sizeof buffer - stream.avail_out);
    if (result.text.size() > maxBytes) {
      inflateEnd(&stream);
      result.text.clear();
      result.error = "decompresses to more than " + std::to_string(maxBytes >> 20) + " MiB";
      return result;
    }
    if (status == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
      status = Z_BUF_ERROR;  // input ended before the stream did
    }
  }
  inflateEnd(&stream);
  if (status != Z_STREAM_END) {
    result.text.clear();
    result.error = "not a complete gzip stream";
  }
  return result;
}

}  // namespace vpcsynth
