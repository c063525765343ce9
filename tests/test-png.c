/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <zlib.h>

#include "dlm-export.h"
#include "dlm-topic-registry.h"

/* The PNG encoder (src/plot/dlm-export.c) read back here without libpng:
 * every chunk's CRC checked, the IDAT stream inflated by zlib (which
 * checks the Adler-32), and the rows compared byte for byte with those of
 * the same figure drawn straight onto an image surface. */

static guint32
read_be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | (guint32) p[1] << 16 | (guint32) p[2] << 8 | p[3];
}

/* The rows of @png (filter byte and RGB each), its chunks checked. */
static GByteArray *
read_png_rows (GBytes *png,
               int     width,
               int     height)
{
  gsize len, at = 8;
  const guint8 *data = g_bytes_get_data (png, &len);
  g_autoptr(GByteArray) idat = g_byte_array_new ();
  GByteArray *rows = g_byte_array_new ();
  uLongf rows_len = (uLongf) height * (1 + 3 * (gsize) width);
  int n_chunks = 0;
  gboolean ended = FALSE;

  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  while (at < len)
    {
      guint32 chunk_len = read_be32 (data + at);
      const guint8 *type = data + at + 4;

      g_assert_false (ended);
      g_assert_cmpuint (at + 12 + chunk_len, <=, len);
      g_assert_cmphex (read_be32 (type + 4 + chunk_len), ==, crc32 (0, type, 4 + chunk_len));
      if (n_chunks++ == 0)
        {
          g_assert_cmpmem (type, 4, "IHDR", 4);
          g_assert_cmpuint (chunk_len, ==, 13);
          g_assert_cmpuint (read_be32 (type + 4), ==, width);
          g_assert_cmpuint (read_be32 (type + 8), ==, height);
          g_assert_cmpmem (type + 12, 5, "\x08\x02\x00\x00\x00", 5);  /* 8-bit RGB */
        }
      else if (memcmp (type, "IDAT", 4) == 0)
        g_byte_array_append (idat, type + 4, chunk_len);
      else
        ended = memcmp (type, "IEND", 4) == 0 && chunk_len == 0;
      at += 12 + chunk_len;
    }
  g_assert_true (ended);
  g_byte_array_set_size (rows, rows_len);
  g_assert_cmpint (uncompress (rows->data, &rows_len, idat->data, idat->len), ==, Z_OK);
  g_assert_cmpuint (rows_len, ==, rows->len);
  return rows;
}

/* What the rows must be: filter 0, then R, G, B of each pixel as drawn. */
static GByteArray *
expected_rows (DlmDrawFunc draw,
               gpointer    data,
               int         width,
               int         height)
{
  cairo_surface_t *surface = dlm_export_to_image (width, height, draw, data);
  const guint8 *pixels = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  GByteArray *rows = g_byte_array_new ();

  for (int y = 0; y < height; y++)
    {
      const guint32 *in = (const guint32 *) (pixels + (gsize) y * stride);
      guint8 zero = 0;

      g_byte_array_append (rows, &zero, 1);
      for (int x = 0; x < width; x++)
        {
          guint8 rgb[3] = { in[x] >> 16, in[x] >> 8, in[x] };

          g_byte_array_append (rows, rgb, 3);
        }
    }
  cairo_surface_destroy (surface);
  return rows;
}

/* Exports @draw as PNG and checks it gives back exactly the drawn rows;
 * returns the file's size. */
static gsize
assert_png_exact (DlmDrawFunc draw,
                  gpointer    data,
                  int         width,
                  int         height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = dlm_export_to_bytes (DLM_FORMAT_PNG, width, height, draw, data, &error);
  g_autoptr(GByteArray) got = NULL, want = NULL;

  g_assert_no_error (error);
  got = read_png_rows (png, width, height);
  want = expected_rows (draw, data, width, height);
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint row_len = 1 + 3 * width, i = 0; i < got->len; i += row_len)
    if (memcmp (got->data + i, want->data + i, row_len) != 0)
      g_error ("%d×%d: row %u differs", width, height, i / row_len);
  return g_bytes_get_size (png);
}

/* Horizontal bands of @band_height rows in turn dark and light, with one
 * pixel changed on every @spot_every-th row (0: none), so that runs of
 * repeated rows of every length meet rows that differ. */
typedef struct {
  int band_height;
  int spot_every;
} Bands;

static void
draw_bands (cairo_t *cr,
            double   width,
            double   height,
            gpointer data)
{
  const Bands *bands = data;

  cairo_set_source_rgb (cr, 0.95, 0.97, 1.0);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.4, 0.7);
  for (int y = 0; y < height; y += 2 * bands->band_height)
    cairo_rectangle (cr, 0, y, width, bands->band_height);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.9, 0.1, 0.1);
  for (int y = 0; bands->spot_every > 0 && y < height; y += bands->spot_every)
    cairo_rectangle (cr, (y * 7) % (int) width, y, 1, 1);
  cairo_fill (cr);
}

static void
test_repeated_rows (void)
{
  /* widths: a 4-byte row (the shortest distance code that occurs), rows
   * whose repeats end on 259 bytes (86 px, one row) and 260 bytes (43 px,
   * two rows), odd ones, and 8192 px, the longest row (24,577 bytes, the
   * last distance code) */
  static const int widths[] = { 1, 2, 3, 43, 86, 641, 1920, 8192 };
  static const Bands patterns[] = { { 1, 0 }, { 2, 0 }, { 3, 5 }, { 7, 0 }, { 50, 13 }, { 400, 0 } };

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
      {
        int height = widths[w] == 8192 ? 24 : 97;

        assert_png_exact (draw_bands, (gpointer) &patterns[p], widths[w], height);
        assert_png_exact (draw_bands, (gpointer) &patterns[p], widths[w], 1);
        assert_png_exact (draw_bands, (gpointer) &patterns[p], widths[w], 2);
      }
}

/* A blank figure is one long run of repeated rows split between the two
 * halves: still exact, and small. */
static void
test_blank (void)
{
  Bands blank = { 100000, 0 };

  g_assert_cmpuint (assert_png_exact (draw_bands, &blank, 1920, 1080), <, 48 * 1024);
  g_assert_cmpuint (assert_png_exact (draw_bands, &blank, 1, 1080), <, 1024);
}

/* Every topic's default figure, in every theme, at the CLI's size and at
 * an odd one. */
static void
test_topic_figures (void)
{
  static const DlmThemeKind kinds[] = { DLM_THEME_LIGHT, DLM_THEME_DARK, DLM_THEME_PROJECTOR };
  static const int sizes[][2] = { { 1920, 1080 }, { 641, 359 } };
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  for (guint t = 0; t < n_topics; t++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
          DlmTopicFigure figure = { topic };
          gsize size;

          dlm_theme_init (&figure.theme, kinds[k],
                          dlm_theme_auto_scale (sizes[s][0], sizes[s][1]));
          size = assert_png_exact (dlm_topic_figure_draw, &figure, sizes[s][0], sizes[s][1]);
          /* zlib alone (level 3) made softmax's 90.7 kB */
          if (g_str_equal (dlm_topic_get_id (topic), "softmax") && k == 0 && s == 0)
            g_assert_cmpuint (size, <, 88 * 1024);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/plot/png/repeated-rows", test_repeated_rows);
  g_test_add_func ("/plot/png/blank", test_blank);
  g_test_add_func ("/plot/png/topic-figures", test_topic_figures);
  return g_test_run ();
}
