/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <pango/pango.h>
#include <string.h>

#include "dlm-datatypes.h"
#include "dlm-datatypes-topic.h"
#include "dlm-error.h"
#include "dlm-layout.h"
#include "golden.h"
#include "topic-test.h"

/* Reference values from Debian's NumPy and PIL (/usr/bin/python3):
 *   a = np.asarray(Image.open('resources/images/landscape.png').convert('RGB'))
 *   a.shape, a[0, 0], a[11, 48], a[47, 0], a[21, 22]
 *   -> (48, 64, 3) [48 116 217] [255 220 64] [115 189 76] [43 119 53]
 *   g = np.round(a @ [0.299, 0.587, 0.114]).astype(np.uint8)
 *   g[0, 0], g[11, 48], g[47, 0], g[21, 22], g.astype(int).sum()
 *   -> 107 213 154 89 461870 */
static const struct { guint row, col; guint8 r, g, b, gray; } landscape_pixels[] = {
  { 0, 0, 48, 116, 217, 107 },
  { 11, 48, 255, 220, 64, 213 },
  { 47, 0, 115, 189, 76, 154 },
  { 21, 22, 43, 119, 53, 89 },
};
#define LANDSCAPE_GRAY_SUM 461870
/* Every colour: v = np.arange(256.); y = np.round(0.299 * v[:, None, None]
 *   + 0.587 * v[None, :, None] + 0.114 * v[None, None, :]).astype(int).ravel()
 *   y.sum(), ((np.arange(y.size) % 1009) * y).sum() -> 2139093366 1078098680847 */
#define ALL_LUMA_SUM      G_GUINT64_CONSTANT (2139093366)
#define ALL_LUMA_WEIGHTED G_GUINT64_CONSTANT (1078098680847)
/* np.round(np.array([0, 0, 250]) @ [0.299, 0.587, 0.114]) -> 28.0 (28.5 in
 * exact arithmetic: NumPy's double sum lands just below and rounds down) */
/* repr((np.float32(0.1) + np.float32(0.2)).item()) -> 0.30000001192092896
 * '%.9g' % (np.float32(0.1) + np.float32(0.2)) -> 0.300000012
 * '%.17g' % (0.1 + 0.2) -> 0.30000000000000004
 * np.uint8(250) + np.uint8(10) -> 4
 * [np.dtype(t).itemsize for t in (np.uint8, np.float32, np.float64)] -> [1, 4, 8] */
#define FLOAT32_SUM 0.30000001192092896

/* ---- core ------------------------------------------------------------- */

static void
test_builtin_image (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmImage) image = dlm_image_load ("image", DLM_IMAGE_BUILTIN, &error);
  guint64 sum = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (image->height, ==, 48);
  g_assert_cmpuint (image->width, ==, 64);
  g_assert_cmpstr (image->format, ==, "png");
  for (guint i = 0; i < G_N_ELEMENTS (landscape_pixels); i++)
    {
      gsize k = (gsize) landscape_pixels[i].row * 64 + landscape_pixels[i].col;

      g_assert_cmpuint (image->rgb[k * 3], ==, landscape_pixels[i].r);
      g_assert_cmpuint (image->rgb[k * 3 + 1], ==, landscape_pixels[i].g);
      g_assert_cmpuint (image->rgb[k * 3 + 2], ==, landscape_pixels[i].b);
      g_assert_cmpuint (image->gray[k], ==, landscape_pixels[i].gray);
    }
  for (gsize k = 0; k < 48 * 64; k++)
    sum += image->gray[k];
  g_assert_cmpuint (sum, ==, LANDSCAPE_GRAY_SUM);
}

static void
test_luma (void)
{
  guint64 sum = 0, weighted = 0, i = 0;

  g_assert_cmpuint (dlm_luma (0, 0, 0), ==, 0);
  g_assert_cmpuint (dlm_luma (255, 255, 255), ==, 255);
  g_assert_cmpuint (dlm_luma (1, 0, 0), ==, 0);     /* 0.299 */
  g_assert_cmpuint (dlm_luma (2, 0, 0), ==, 1);     /* 0.598 */
  g_assert_cmpuint (dlm_luma (0, 0, 250), ==, 28);  /* see above */
  g_assert_cmpuint (dlm_luma (0, 255, 0), ==, 150); /* 149.685 */
  for (guint r = 0; r < 256; r++)
    for (guint g = 0; g < 256; g++)
      for (guint b = 0; b < 256; b++, i++)
        {
          guint y = dlm_luma (r, g, b);
          sum += y;
          weighted += (i % 1009) * y;
        }
  g_assert_cmpuint (sum, ==, ALL_LUMA_SUM);
  g_assert_cmpuint (weighted, ==, ALL_LUMA_WEIGHTED);
}

static void
test_storage_numbers (void)
{
  g_assert_cmpfloat ((double) dlm_float32_add (0.1f, 0.2f), ==, FLOAT32_SUM);
  g_assert_cmpfloat ((double) dlm_float32_add (0.1f, 0.2f), !=, 0.1 + 0.2);
  g_assert_cmpuint (dlm_uint8_add (250, 10), ==, 4);
  g_assert_cmpuint (dlm_uint8_add (255, 1), ==, 0);
  g_assert_cmpuint (dlm_dtype_size (DLM_DTYPE_UINT8), ==, 1);
  g_assert_cmpuint (dlm_dtype_size (DLM_DTYPE_FLOAT32), ==, 4);
  g_assert_cmpuint (dlm_dtype_size (DLM_DTYPE_FLOAT64), ==, 8);
  g_assert_cmpuint (dlm_storage_bytes (4096ull * 4096 * 3, 8), ==, 402653184ull);
}

/* ---- topic ------------------------------------------------------------ */

static void
test_defaults (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *image = dlm_topic_get_param_text (topic, "image");
  g_autofree char *view = dlm_topic_get_param_text (topic, "view");
  g_autofree char *zoom = dlm_topic_get_param_text (topic, "zoom");
  g_autofree char *dtype = dlm_topic_get_param_text (topic, "dtype");

  g_assert_cmpstr (image, ==, "landscape");
  g_assert_cmpstr (view, ==, "objects");
  g_assert_cmpstr (zoom, ==, "1");
  g_assert_cmpstr (dtype, ==, "uint8");
  g_assert_cmpfloat (summary_number (s, "height"), ==, 48);
  g_assert_cmpfloat (summary_number (s, "width"), ==, 64);
  g_assert_cmpfloat (summary_number (s, "channels"), ==, 3);
  g_assert_cmpfloat (summary_number (s, "bytes"), ==, 48 * 64 * 3);
  g_assert_cmpstr (g_hash_table_lookup (s, "dtype"), ==, "uint8");
}

static void
test_dtype_bytes (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  const struct { const char *dtype; double bytes; } cases[] = {
    { "uint8", 9216 }, { "float32", 36864 }, { "float64", 73728 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) s = NULL;

      g_assert_true (dlm_topic_set_param (topic, "dtype", cases[i].dtype, NULL));
      s = summary_of (topic);
      g_assert_cmpfloat (summary_number (s, "bytes"), ==, cases[i].bytes);
      g_assert_cmpstr (g_hash_table_lookup (s, "dtype"), ==, cases[i].dtype);
    }
}

/* A 5 × 3 PNG drawn here: column x has red 50·x, row y has green 100·y,
 * blue is 7. */
static char *
write_test_png (const char *dir)
{
  char *path = g_build_filename (dir, "grid.png", NULL);
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 5, 3);
  guint8 *data = cairo_image_surface_get_data (s);
  int stride = cairo_image_surface_get_stride (s);

  for (guint y = 0; y < 3; y++)
    for (guint x = 0; x < 5; x++)
      *(guint32 *) (data + y * stride + x * 4) = (50u * x) << 16 | (100u * y) << 8 | 7u;
  cairo_surface_mark_dirty (s);
  g_assert_cmpint (cairo_surface_write_to_png (s, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (s);
  return path;
}

static void
test_own_png (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *path = write_test_png (dir);
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autoptr(GHashTable) s = NULL;
  const DlmImage *image;

  g_assert_true (dlm_topic_set_param (topic, "image", path, NULL));
  image = dlm_datatypes_topic_get_image (DLM_DATATYPES_TOPIC (topic));
  g_assert_cmpuint (image->width, ==, 5);
  g_assert_cmpuint (image->height, ==, 3);
  for (guint y = 0; y < 3; y++)
    for (guint x = 0; x < 5; x++)
      {
        const guint8 *p = image->rgb + (y * 5 + x) * 3;

        g_assert_cmpuint (p[0], ==, 50 * x);
        g_assert_cmpuint (p[1], ==, 100 * y);
        g_assert_cmpuint (p[2], ==, 7);
        g_assert_cmpuint (image->gray[y * 5 + x], ==, dlm_luma (50 * x, 100 * y, 7));
      }
  /* (4, 2): 0.299·200 + 0.587·200 + 0.114·7 = 178.0 */
  g_assert_cmpuint (image->gray[2 * 5 + 4], ==, 178);
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "bytes"), ==, 45);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_own_jpeg (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "flat.jpg", NULL);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 16, 8);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmImage) image = NULL;

  gdk_pixbuf_fill (pixbuf, 0x808080ff);
  if (!gdk_pixbuf_save (pixbuf, path, "jpeg", &error, "quality", "95", NULL))
    {
      g_test_skip ("gdk-pixbuf cannot write JPEG here");
      g_rmdir (dir);
      return;
    }
  image = dlm_image_load ("image", path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (image->format, ==, "jpeg");
  g_assert_cmpuint (image->width, ==, 16);
  g_assert_cmpuint (image->height, ==, 8);
  /* JPEG is lossy, but a flat grey survives within a level or two */
  for (gsize k = 0; k < 16 * 8; k++)
    g_assert_cmpint (ABS ((int) image->gray[k] - 128), <=, 2);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents,
            gsize       length)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static char *
write_wide_png (const char *dir)
{
  char *path = g_build_filename (dir, "wide.png", NULL);
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 4097, 2);

  g_assert_cmpint (cairo_surface_write_to_png (s, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (s);
  return path;
}

static char *
write_bmp (const char *dir)
{
  char *path = g_build_filename (dir, "small.bmp", NULL);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 4, 4);

  gdk_pixbuf_fill (pixbuf, 0x336699ff);
  if (!gdk_pixbuf_save (pixbuf, path, "bmp", NULL, NULL))
    g_clear_pointer (&path, g_free);
  return path;
}

static void
assert_refused (DlmTopic   *topic,
                const char *key,
                const char *value,
                const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *image = NULL, *zoom = NULL, *view = NULL, *dtype = NULL;
  g_autoptr(GHashTable) s = NULL;

  g_assert_false (dlm_topic_set_param (topic, key, value, &error));
  g_assert_error (error, DLM_ERROR, error->code);
  if (strstr (error->message, needle) == NULL || strstr (error->message, key) == NULL)
    g_error ("%s=%s: “%s” lacks “%s”", key, value, error->message, needle);
  image = dlm_topic_get_param_text (topic, "image");
  zoom = dlm_topic_get_param_text (topic, "zoom");
  view = dlm_topic_get_param_text (topic, "view");
  dtype = dlm_topic_get_param_text (topic, "dtype");
  g_assert_cmpstr (image, ==, "landscape");
  g_assert_cmpstr (zoom, ==, "1");
  g_assert_cmpstr (view, ==, "objects");
  g_assert_cmpstr (dtype, ==, "uint8");
  /* the last good image stays */
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "width"), ==, 64);
}

static void
test_bad_input (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *text = write_file (dir, "notes.png", "not a picture\n", 14);
  g_autofree char *empty = write_file (dir, "empty.jpg", "", 0);
  g_autofree char *half = NULL, *wide = write_wide_png (dir), *bmp = write_bmp (dir);
  g_autofree char *missing = g_build_filename (dir, "missing.png", NULL);
  g_autofree char *png = write_test_png (dir);
  g_autofree char *png_bytes = NULL;
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  gsize length;

  g_assert_true (g_file_get_contents (png, &png_bytes, &length, NULL));
  half = write_file (dir, "half.png", png_bytes, length / 2);
  assert_refused (topic, "image", "", "landscape");
  assert_refused (topic, "image", "   ", "no image");
  assert_refused (topic, "image", missing, "cannot read");
  assert_refused (topic, "image", dir, "cannot read");
  assert_refused (topic, "image", text, "not a PNG or JPEG");
  assert_refused (topic, "image", empty, "not a PNG or JPEG");
  assert_refused (topic, "image", half, "not a PNG or JPEG");
  assert_refused (topic, "image", wide, "4097 × 2");
  if (bmp != NULL)
    assert_refused (topic, "image", bmp, "not a PNG or JPEG");
  assert_refused (topic, "zoom", "0", "1 to 64");
  assert_refused (topic, "zoom", "65", "1 to 64");
  assert_refused (topic, "zoom", "2.5", "whole number");
  assert_refused (topic, "zoom", "big", "not a number");
  assert_refused (topic, "dtype", "int8", "uint8|float32|float64");
  assert_refused (topic, "view", "pixels", "objects|grayscale|channels|storage");

  for (const char *const *p = (const char *const[]) { text, empty, half, wide, png, bmp, NULL }; *p; p++)
    g_assert_cmpint (g_remove (*p), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) s = NULL;
  const DlmImage *image = dlm_datatypes_topic_get_image (DLM_DATATYPES_TOPIC (topic));
  guint n = 0;

  g_assert_true (dlm_topic_set_param (topic, "zoom", "8", NULL));
  csv = dlm_topic_to_csv (topic);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "row,col,value");
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++, n++)
    {
      guint row, col, value;

      g_assert_cmpint (sscanf (lines[i], "%u,%u,%u", &row, &col, &value), ==, 3);
      /* zoom 8 shows the centre 6 × 8 pixels: rows 21–26, columns 28–35 */
      g_assert_cmpuint (row, ==, 21 + n / 8);
      g_assert_cmpuint (col, ==, 28 + n % 8);
      g_assert_cmpuint (value, ==, image->gray[row * 64 + col]);
    }
  g_assert_cmpuint (n, ==, 48);
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "visible_rows"), ==, 6);
  g_assert_cmpfloat (summary_number (s, "visible_cols"), ==, 8);

  /* zoom 1: every pixel */
  g_assert_true (dlm_topic_set_param (topic, "zoom", "1", NULL));
  g_clear_pointer (&csv, g_free);
  g_clear_pointer (&lines, g_strfreev);
  csv = dlm_topic_to_csv (topic);
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 48 * 64 + 1);
}

static void
assert_markup (const char *markup)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (markup);
  g_assert_cmpuint (strlen (markup), >, 10);
  g_assert_true (pango_parse_markup (markup, -1, 0, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  const char *views[] = { "objects", "grayscale", "channels", "storage" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *describe = NULL, *formula = NULL, *explanation = NULL;

      g_assert_true (dlm_topic_set_param (topic, "view", views[i], NULL));
      describe = dlm_topic_describe (topic);
      formula = dlm_topic_get_formula (topic);
      explanation = dlm_topic_get_explanation (topic);
      g_assert_cmpuint (strlen (describe), >, 40);
      assert_markup (formula);
      assert_markup (explanation);
      if (i == 2)
        g_assert_nonnull (strstr (describe, "(3, 48, 64)"));
      if (i == 3)
        {
          g_assert_nonnull (strstr (describe, "0.300000012"));
          g_assert_nonnull (strstr (describe, "0.30000000000000004"));
          g_assert_nonnull (strstr (describe, "to 4"));
        }
    }
}

static void
render (DlmTopic *topic)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 450);
  cairo_t *cr = cairo_create (s);
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  dlm_topic_render (topic, cr, &theme, 800, 450);
  cairo_destroy (cr);
  cairo_surface_destroy (s);
}

static void
test_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  DlmProbe probe = { 0 };

  render (topic);
  g_assert_false (dlm_topic_probe (topic, 400, 300, &probe));

  g_assert_true (dlm_topic_set_param (topic, "view", "grayscale", NULL));
  g_assert_true (dlm_topic_set_param (topic, "zoom", "64", NULL));
  render (topic);
  /* zoom 64 shows one pixel, (23, 31), filling the left of the figure */
  g_assert_true (dlm_topic_probe (topic, 270, 250, &probe));
  g_assert_cmpstr (probe.text, ==, "row 23, column 31: gray 131");
  dlm_probe_clear (&probe);

  g_assert_true (dlm_topic_set_param (topic, "view", "channels", NULL));
  render (topic);
  g_assert_true (dlm_topic_probe (topic, 400, 250, &probe));
  g_assert_cmpstr (probe.text, ==, "row 23, column 31: R 92, G 158, B 97");
  dlm_probe_clear (&probe);
}

/* ---- golden images ----------------------------------------------------- */

/* ---- the figure ------------------------------------------------------------ */

static DlmLayoutLog *
render_logged (DlmTopic     *topic,
               DlmThemeKind  kind)
{
  DlmTheme theme;

  dlm_theme_init (&theme, kind, 1);
  return figure_log (topic, &theme, GOLDEN_W, GOLDEN_H, NULL);
}

static GPtrArray *
texts_with_prefix (DlmLayoutLog *log,
                   const char   *prefix)
{
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (item->kind == DLM_LAYOUT_TEXT && g_str_has_prefix (item->text, prefix))
        g_ptr_array_add (found, (gpointer) item);
    }
  return found;
}

static void
assert_layout_clean (DlmLayoutLog *log)
{
  g_autoptr(GPtrArray) problems = dlm_layout_log_check (log);

  if (problems != NULL && problems->len > 0)
    g_error ("%s", (char *) problems->pdata[0]);
}

/* Each channel's title sits right above its matrix, and a value scale
 * from 0 to 255 under each says what its colours mean. */
static void
test_channel_titles_and_scales (void)
{
  const char *zooms[] = { "zoom=1", "zoom=8" };

  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
      g_autoptr(DlmLayoutLog) log = NULL;
      g_autoptr(GPtrArray) title = NULL, scales = NULL, ends = NULL;
      const DlmLayoutItem *red;
      g_autofree char *words = NULL;
      DlmProbe first = { 0 };
      double line;

      g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=channels", zooms[z], NULL }, NULL));
      log = render_logged (topic, DLM_THEME_DARK);
      title = texts_with_prefix (log, "Red, channel 0");
      scales = texts_with_prefix (log, "value (uint8)");
      ends = texts_with_prefix (log, "255");
      g_assert_cmpuint (title->len, ==, 1);
      g_assert_cmpuint (scales->len, ==, 3);
      g_assert_cmpuint (ends->len, >=, 3);
      red = title->pdata[0];
      line = red->box.height;
      /* the first pixel of the red matrix */
      g_assert_true (dlm_topic_get_point (topic, 0, &first));
      g_assert_cmpfloat (red->box.y + red->box.height, <, first.y);
      g_assert_cmpfloat (first.y - (red->box.y + red->box.height), <, 3.5 * line);
      dlm_probe_clear (&first);
      assert_layout_clean (log);
      words = dlm_topic_describe (topic);
      g_assert_nonnull (strstr (words, "a scale runs from 0, black, to 255"));
    }
}

/* The memory chart names its unit, explains its outline, and the notes
 * beside it fill their column. */
static void
test_storage_units (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autoptr(DlmLayoutLog) log = NULL;
  g_autoptr(GPtrArray) unit = NULL, bars = NULL, key = NULL, holds = NULL;
  double lowest = 0;

  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=storage", NULL }, NULL));
  log = render_logged (topic, DLM_THEME_LIGHT);
  unit = texts_with_prefix (log, "memory (bytes)");
  /* 73 728, grouped as the ticks are */
  bars = texts_with_prefix (log, "73");
  key = texts_with_prefix (log, "outlined: the chosen dtype");
  holds = texts_with_prefix (log, "What each type holds");
  g_assert_cmpuint (unit->len, ==, 1);
  g_assert_cmpuint (bars->len, ==, 1);
  g_assert_cmpstr (((const DlmLayoutItem *) bars->pdata[0])->text, ==, "73\u202f728");
  g_assert_cmpuint (key->len, ==, 1);
  g_assert_cmpuint (holds->len, ==, 1);
  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (item->kind == DLM_LAYOUT_TEXT && item->box.x > GOLDEN_W / 2)
        lowest = MAX (lowest, item->box.y + item->box.height);
    }
  g_assert_cmpfloat (lowest, >, GOLDEN_H * 0.75);
  assert_layout_clean (log);
}

static const DlmGolden goldens[] = {
  { "datatypes-objects-light", dlm_datatypes_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "datatypes-objects-dark", dlm_datatypes_topic_get_type, { NULL }, DLM_THEME_DARK },
  { "datatypes-objects-projector", dlm_datatypes_topic_get_type, { NULL }, DLM_THEME_PROJECTOR },
  { "datatypes-grayscale-light", dlm_datatypes_topic_get_type, { "view=grayscale", "zoom=8", NULL }, DLM_THEME_LIGHT },
  { "datatypes-grayscale-dark", dlm_datatypes_topic_get_type, { "view=grayscale", NULL }, DLM_THEME_DARK },
  { "datatypes-grayscale-projector", dlm_datatypes_topic_get_type, { "view=grayscale", "zoom=8", NULL }, DLM_THEME_PROJECTOR },
  { "datatypes-channels-light", dlm_datatypes_topic_get_type, { "view=channels", "zoom=8", NULL }, DLM_THEME_LIGHT },
  { "datatypes-channels-dark", dlm_datatypes_topic_get_type, { "view=channels", "zoom=4", NULL }, DLM_THEME_DARK },
  { "datatypes-channels-projector", dlm_datatypes_topic_get_type, { "view=channels", NULL }, DLM_THEME_PROJECTOR },
  { "datatypes-storage-light", dlm_datatypes_topic_get_type, { "view=storage", NULL }, DLM_THEME_LIGHT },
  { "datatypes-storage-dark", dlm_datatypes_topic_get_type, { "view=storage", "dtype=float32", NULL }, DLM_THEME_DARK },
  { "datatypes-storage-projector", dlm_datatypes_topic_get_type, { "view=storage", "dtype=float64", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/datatypes/core/builtin-image", test_builtin_image);
  g_test_add_func ("/topics/datatypes/core/luma", test_luma);
  g_test_add_func ("/topics/datatypes/core/storage-numbers", test_storage_numbers);
  g_test_add_func ("/topics/datatypes/defaults", test_defaults);
  g_test_add_func ("/topics/datatypes/dtype-bytes", test_dtype_bytes);
  g_test_add_func ("/topics/datatypes/own-png", test_own_png);
  g_test_add_func ("/topics/datatypes/own-jpeg", test_own_jpeg);
  g_test_add_func ("/topics/datatypes/bad-input", test_bad_input);
  g_test_add_func ("/topics/datatypes/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/datatypes/words", test_words);
  g_test_add_func ("/topics/datatypes/probe", test_probe);
  g_test_add_func ("/topics/datatypes/channel-titles-and-scales", test_channel_titles_and_scales);
  g_test_add_func ("/topics/datatypes/storage-units", test_storage_units);
  dlm_golden_add_tests ("/topics/datatypes/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
