/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <math.h>
#include <pango/pango.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "dlm-datatypes.h"
#include "dlm-datatypes-topic.h"
#include "dlm-error.h"
#include "dlm-layout.h"
#include "dlm-quiz-private.h"
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

/* /usr/bin/python3: from decimal import Decimal; import numpy as np
 *   np.float32(0.1) + np.float32(0.2) == np.float32(0.3)  -> True
 *   0.1 + 0.2 == 0.3                                      -> False
 *   Decimal(float(np.float32(0.3)))  -> 0.300000011920928955078125
 *   Decimal(0.1) -> 0.1000000000000000055511151231257827021181583404541015625
 *   np.spacing(0.3) == (0.1 + 0.2) - 0.3                  -> True (one ulp) */
static void
test_rounded_sums (void)
{
  DlmRoundedSum r;
  g_autofree char *f32 = NULL, *tenth = NULL, *one = NULL;

  dlm_float32_sum_check (0.1, 0.2, 0.3, &r);
  g_assert_cmpint (r.ulps, ==, 0);
  g_assert_cmpfloat (r.sum, ==, r.target);
  f32 = dlm_format_exact (r.target);
  g_assert_cmpstr (f32, ==, "0.300000011920928955078125");
  dlm_float64_sum_check (0.1, 0.2, 0.3, &r);
  g_assert_cmpint (r.ulps, ==, 1);
  g_assert_cmpfloat (r.sum - r.target, ==, nextafter (0.3, 1) - 0.3);
  tenth = dlm_format_exact (0.1);
  g_assert_cmpstr (tenth, ==, "0.1000000000000000055511151231257827021181583404541015625");
  one = dlm_format_exact (-1);
  g_assert_cmpstr (one, ==, "-1");
  /* below the target: a negative distance */
  dlm_float64_sum_check (0.2, 0.7, 0.9, &r);
  g_assert_cmpint (r.ulps, ==, -1);
}

/* What np.array(v) and torch.tensor(v) make of each Python literal v
 * (NumPy 1.24.2 and PyTorch 1.13.1 of Debian 12, /usr/bin/python3):
 *   a = np.array(v); a.dtype.str or str(a.dtype), a.itemsize, a.shape
 *   t = torch.tensor(v); t.dtype, t.element_size()  (strings: an error) */
static const struct {
  const char *text, *numpy;
  guint       numpy_size;
  const char *torch;
  guint       torch_size;
  int         n;              /* −1: a 0-d array */
} inferred[] = {
  { "[True, False]", "bool", 1, "torch.bool", 1, 2 },
  { "['cat', 'dog']", "<U3", 12, NULL, 0, 2 },
  { "4", "int64", 8, "torch.int64", 8, -1 },
  { "4.0", "float64", 8, "torch.float32", 4, -1 },
  { "[1, 2, 3]", "int64", 8, "torch.int64", 8, 3 },
  { "[1., 2.]", "float64", 8, "torch.float32", 4, 2 },
  { "[1, 2.5]", "float64", 8, "torch.float32", 4, 2 },
  { "[1, True]", "int64", 8, "torch.int64", 8, 2 },
  { "[1, 'a']", "<U21", 84, NULL, 0, 2 },
  { "[True, 'abcdefg']", "<U7", 28, NULL, 0, 2 },
  { "[1.5, True, 'a']", "<U32", 128, NULL, 0, 3 },
  { "[True, 'a']", "<U5", 20, NULL, 0, 2 },
  { "['']", "<U1", 4, NULL, 0, 1 },
  { "[]", "float64", 8, "torch.float32", 4, 0 },
  { "['é']", "<U1", 4, NULL, 0, 1 },
  { "[True, 1.5]", "float64", 8, "torch.float32", 4, 2 },
  { "'cat'", "<U3", 12, NULL, 0, -1 },
  { "True", "bool", 1, "torch.bool", 1, -1 },
  { "1e3", "float64", 8, "torch.float32", 4, -1 },
  { "-7", "int64", 8, "torch.int64", 8, -1 },
  { "+.5", "float64", 8, "torch.float32", 4, -1 },
  { "1., 2,", "float64", 8, "torch.float32", 4, 2 },
  { "(1, 2)", "int64", 8, "torch.int64", 8, 2 },
  { "(4)", "int64", 8, "torch.int64", 8, -1 },
  { "[-9223372036854775808, 1]", "int64", 8, "torch.int64", 8, 2 },
  { " [3, 1.5, True] ", "float64", 8, "torch.float32", 4, 3 },
};

static void
test_infer_dtypes (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (inferred); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DlmPyList) list = dlm_py_list_parse ("values", inferred[i].text, &error);
      DlmInferredDtype numpy, torch;

      g_test_message ("%s", inferred[i].text);
      g_assert_no_error (error);
      dlm_numpy_infer_dtype (list, &numpy);
      dlm_torch_infer_dtype (list, &torch);
      g_assert_cmpstr (numpy.name, ==, inferred[i].numpy);
      g_assert_cmpuint (numpy.itemsize, ==, inferred[i].numpy_size);
      g_assert_cmpint (torch.exists, ==, inferred[i].torch != NULL);
      if (torch.exists)
        {
          g_assert_cmpstr (torch.name, ==, inferred[i].torch);
          g_assert_cmpuint (torch.itemsize, ==, inferred[i].torch_size);
        }
      g_assert_cmpint (list->scalar, ==, inferred[i].n < 0);
      g_assert_cmpint (list->n_values, ==, inferred[i].n < 0 ? 1 : inferred[i].n);
    }
}

/* Text that is no Python literal of the accepted kinds: refused with the
 * field's name and a word of what is wrong. */
static void
test_literal_errors (void)
{
  g_autofree char *long_text = g_strnfill (DLM_PY_LIST_MAX_CHARS + 1, '1');
  const struct { const char *text, *needle; } cases[] = {
    { "", "nothing was given" },
    { "   ", "nothing was given" },
    { "[1, 2", "“[1, 2”: the list has no closing bracket" },
    { "(1, 2", "no closing parenthesis" },
    { "[1, [2]]", "bracket inside" },
    { "[1,,2]", "“[1,,2]”: an element between two commas is missing" },
    { "'abc", "no closing quote" },
    { "abc", "“abc” is not a Python literal" },
    { "[true]", "“true” is not a Python literal" },
    { "None", "not a Python literal" },
    { "0x10", "not a Python literal" },
    { "inf", "not a Python literal" },
    { "1.2.3", "not a Python literal" },
    { "1e", "not a Python literal" },
    { "'it\\'s'", "backslash" },
    { "['a' 'b']", "more than one string" },
    { "9223372036854775808", "beyond int64" },
    { long_text, "at most 120" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DlmPyList) list = dlm_py_list_parse ("values", cases[i].text, &error);

      g_assert_null (list);
      g_assert_error (error, DLM_ERROR, error->code);
      if (!g_str_has_prefix (error->message, "values: ") || strstr (error->message, cases[i].needle) == NULL)
        g_error ("“%s”: “%s” lacks “%s”", cases[i].text, error->message, cases[i].needle);
    }
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
  /* the objects view writes the shapes it draws */
  g_assert_cmpstr (g_hash_table_lookup (s, "tensor_shape"), ==, "(3, 3, 4)");
  g_assert_false (g_hash_table_contains (s, "bytes"));
  g_clear_pointer (&s, g_hash_table_unref);
  g_assert_true (dlm_topic_set_param (topic, "view", "storage", NULL));
  s = summary_of (topic);
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

  g_assert_true (dlm_topic_set_param (topic, "view", "storage", NULL));
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

  g_assert_true (dlm_topic_set_param (topic, "view", "storage", NULL));
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
  g_autofree char *image = NULL, *zoom = NULL, *view = NULL, *dtype = NULL, *values = NULL;

  g_assert_false (dlm_topic_set_param (topic, key, value, &error));
  g_assert_error (error, DLM_ERROR, error->code);
  if (strstr (error->message, needle) == NULL || strstr (error->message, key) == NULL)
    g_error ("%s=%s: “%s” lacks “%s”", key, value, error->message, needle);
  image = dlm_topic_get_param_text (topic, "image");
  zoom = dlm_topic_get_param_text (topic, "zoom");
  view = dlm_topic_get_param_text (topic, "view");
  dtype = dlm_topic_get_param_text (topic, "dtype");
  values = dlm_topic_get_param_text (topic, "values");
  g_assert_cmpstr (image, ==, "landscape");
  g_assert_cmpstr (zoom, ==, "1");
  g_assert_cmpstr (view, ==, "objects");
  g_assert_cmpstr (dtype, ==, "uint8");
  g_assert_cmpstr (values, ==, "[3, 1.5, True]");
  /* the last good image stays */
  g_assert_cmpuint (dlm_datatypes_topic_get_image (DLM_DATATYPES_TOPIC (topic))->width, ==, 64);
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
  assert_refused (topic, "image", dir, "is not a regular file");
  assert_refused (topic, "image", text, "not a PNG or JPEG");
  assert_refused (topic, "image", empty, "not a PNG or JPEG");
  assert_refused (topic, "image", half, "is cut short");
  assert_refused (topic, "image", wide, "4097 × 2");
  if (bmp != NULL)
    assert_refused (topic, "image", bmp, "not a PNG or JPEG");
  assert_refused (topic, "zoom", "0", "1 to 64");
  assert_refused (topic, "zoom", "65", "1 to 64");
  assert_refused (topic, "zoom", "2.5", "whole number");
  assert_refused (topic, "zoom", "big", "not a number");
  assert_refused (topic, "dtype", "int8", "uint8|float32|float64");
  assert_refused (topic, "view", "pixels", "objects|grayscale|channels|storage|dtypes|kinds");
  assert_refused (topic, "values", "", "True, False and quoted strings");
  assert_refused (topic, "values", "[1, x]", "“x” is not a Python literal");
  assert_refused (topic, "values", "[1, 2", "no closing bracket");
  assert_refused (topic, "values", "99999999999999999999", "beyond int64");

  for (const char *const *p = (const char *const[]) { text, empty, half, wide, png, bmp, NULL }; *p; p++)
    g_assert_cmpint (g_remove (*p), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---- files that are not files, and work before the limit -------------- */

static void
append_png_chunk (GByteArray   *png,
                  const char   *type,
                  const guint8 *data,
                  guint32       length)
{
  guint8 be[4] = { length >> 24, length >> 16, length >> 8, length };
  uLong crc = crc32 (crc32 (0, (const Bytef *) type, 4), data, length);

  g_byte_array_append (png, be, 4);
  g_byte_array_append (png, (const guint8 *) type, 4);
  g_byte_array_append (png, data, length);
  be[0] = crc >> 24, be[1] = crc >> 16, be[2] = crc >> 8, be[3] = crc;
  g_byte_array_append (png, be, 4);
}

/* A valid PNG signature and IHDR claiming @width × @height RGB pixels,
 * then IEND: small, well formed, and its pixels would take gigabytes. */
static GByteArray *
png_header_bomb (guint32 width,
                 guint32 height)
{
  GByteArray *png = g_byte_array_new ();
  const guint8 ihdr[13] = { width >> 24, width >> 16, width >> 8, width,
                            height >> 24, height >> 16, height >> 8, height, 8, 2, 0, 0, 0 };

  g_byte_array_append (png, (const guint8 *) "\x89PNG\r\n\x1a\n", 8);
  append_png_chunk (png, "IHDR", ihdr, sizeof ihdr);
  append_png_chunk (png, "IEND", NULL, 0);
  return png;
}

static void
assert_refused_fast (DlmTopic   *topic,
                     const char *path,
                     const char *needle)
{
  gint64 start = g_get_monotonic_time ();

  assert_refused (topic, "image", path, needle);
  /* a refusal that reads or decodes first takes seconds, not this */
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 10);
}

/* --list-params quotes the limits the loader applies, not others */
static void
test_image_limits_documented (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), "image");
  g_autofree char *bytes = g_strdup_printf ("at most %u MB", DLM_IMAGE_MAX_FILE_BYTES / (1024u * 1024u));
  g_autofree char *sides = g_strdup_printf ("%u × %u pixels", DLM_IMAGE_MAX_SIDE, DLM_IMAGE_MAX_SIDE);

  g_assert_nonnull (strstr (g_param_spec_get_blurb (pspec), bytes));
  g_assert_nonnull (strstr (g_param_spec_get_blurb (pspec), sides));
}

static void
test_not_regular_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.png", NULL);
  g_autofree char *link = g_build_filename (dir, "zero.png", NULL);
  g_autofree char *big = NULL;
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  int fd;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", link), ==, 0);
  /* a FIFO with no writer blocked forever; /dev/zero read without end */
  assert_refused_fast (topic, fifo, "fifo.png” is not a regular file");
  assert_refused_fast (topic, "/dev/zero", "image: “/dev/zero” is not a regular file");
  assert_refused_fast (topic, link, "is not a regular file");
  assert_refused_fast (topic, dir, "is not a regular file");
  /* a sparse file one byte over the cap: refused from its size, unread */
  big = g_build_filename (dir, "big.png", NULL);
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (ftruncate (fd, (off_t) DLM_IMAGE_MAX_FILE_BYTES + 1), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  assert_refused_fast (topic, big, "big.png” is larger than 64 MB");
  g_assert_cmpint (g_remove (big), ==, 0);
  g_assert_cmpint (g_remove (fifo), ==, 0);
  g_assert_cmpint (g_remove (link), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_header_bombs (void)
{
  /* SOI, then a baseline frame header of 30000 × 30000 with 3 components */
  static const guint8 jpeg_bomb[] = {
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x75, 0x30, 0x75, 0x30, 0x03,
    0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01, 0xff, 0xd9,
  };
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autoptr(GByteArray) png = png_header_bomb (30000, 30000);
  g_autoptr(GByteArray) tall = png_header_bomb (2, 4097);
  g_autofree char *png_path = write_file (dir, "bomb.png", (char *) png->data, png->len);
  g_autofree char *tall_path = write_file (dir, "tall.png", (char *) tall->data, tall->len);
  g_autofree char *jpeg_path = write_file (dir, "bomb.jpg", (const char *) jpeg_bomb, sizeof jpeg_bomb);
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autoptr(GError) error = NULL;
  DlmImageHeader header = { NULL, 0, 0 };

  /* refused from the bytes alone: no decoder is involved */
  g_assert_false (dlm_image_read_header ("image", "bomb.png", png->data, png->len, &header, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_cmpuint (header.width, ==, 0);
  assert_refused_fast (topic, png_path, "is 30000 × 30000 pixels; accepted: at most 4096 × 4096");
  assert_refused_fast (topic, tall_path, "is 2 × 4097 pixels");
  assert_refused_fast (topic, jpeg_path, "is 30000 × 30000 pixels");
  for (const char *const *p = (const char *const[]) { png_path, tall_path, jpeg_path, NULL }; *p; p++)
    g_assert_cmpint (g_remove (*p), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Little-endian TIFF of one white grey pixel: what a TIFF decoder reads. */
static const guint8 tiff_pixel[] = {
  'I', 'I', 42, 0, 8, 0, 0, 0, 4, 0,
  0x00, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0,   /* width 1 */
  0x01, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0,   /* height 1 */
  0x06, 0x01, 3, 0, 1, 0, 0, 0, 1, 0, 0, 0,   /* black is zero */
  0x11, 0x01, 4, 0, 1, 0, 0, 0, 62, 0, 0, 0,  /* strip at 62 */
  0, 0, 0, 0, 0xff,
};

static void
test_wrong_types (void)
{
  static const char svg[] = "<svg xmlns='http://www.w3.org/2000/svg' width='8' height='8'/>";
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *svg_path = write_file (dir, "drawing.png", svg, sizeof svg - 1);
  g_autofree char *tiff_path = write_file (dir, "scan.png", (const char *) tiff_pixel, sizeof tiff_pixel);
  g_autofree char *jpeg_named_png = g_build_filename (dir, "photo.png", NULL);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 8, 4);
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();

  assert_refused_fast (topic, svg_path, "drawing.png” is not a PNG or JPEG image");
  assert_refused_fast (topic, tiff_path, "scan.png” is not a PNG or JPEG image");
  /* the bytes pick the decoder, not the name: a JPEG named .png is a JPEG */
  gdk_pixbuf_fill (pixbuf, 0x808080ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, jpeg_named_png, "jpeg", NULL, NULL));
  g_assert_true (dlm_topic_set_param (topic, "image", jpeg_named_png, NULL));
  g_assert_cmpstr (dlm_datatypes_topic_get_image (DLM_DATATYPES_TOPIC (topic))->format, ==, "jpeg");
  for (const char *const *p = (const char *const[]) { svg_path, tiff_path, jpeg_named_png, NULL }; *p; p++)
    g_assert_cmpint (g_remove (*p), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A copy of @from with only its first @fraction, less @drop bytes. */
static char *
write_cut (const char *dir,
           const char *name,
           const char *from,
           double      fraction,
           gsize       drop)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  return write_file (dir, name, contents, (gsize) (length * fraction) - drop);
}

/* A copy of @from with a run of bytes in the middle inverted. */
static char *
write_damaged (const char *dir,
               const char *name,
               const char *from)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (from, &contents, &length, NULL));
  for (gsize i = length / 2; i < length / 2 + 64; i++)
    contents[i] ^= 0xff;
  return write_file (dir, name, contents, length);
}

static void
test_truncated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-datatypes-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "noise.png", NULL);
  g_autofree char *jpeg = g_build_filename (dir, "noise.jpg", NULL);
  g_autofree char *png_cut = NULL, *jpeg_cut = NULL, *png_tail = NULL, *png_bad = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 64, 64);
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (12);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);

  /* noise, so that half the file is half the rows */
  for (int i = 0; i < 64 * gdk_pixbuf_get_rowstride (pixbuf); i++)
    pixels[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (gdk_pixbuf_save (pixbuf, png, "png", NULL, NULL));
  g_assert_true (gdk_pixbuf_save (pixbuf, jpeg, "jpeg", NULL, NULL));
  /* gdk-pixbuf itself decodes both halves, the missing rows a flat band */
  png_cut = write_cut (dir, "cut.png", png, 0.5, 0);
  jpeg_cut = write_cut (dir, "cut.jpg", jpeg, 0.5, 0);
  /* all the pixel data, but not the 12 bytes of IEND */
  png_tail = write_cut (dir, "no-end.png", png, 1.0, 12);
  assert_refused_fast (topic, png_cut, "cut.png” is cut short");
  assert_refused_fast (topic, jpeg_cut, "cut.jpg” is cut short");
  assert_refused_fast (topic, png_tail, "no-end.png” is cut short");
  /* a sound header and IEND around pixel data that is not */
  png_bad = write_damaged (dir, "damaged.png", png);
  assert_refused_fast (topic, png_bad, "damaged.png” cannot be decoded: its image data is damaged");
  /* the whole files are taken */
  g_assert_true (dlm_topic_set_param (topic, "image", png, NULL));
  g_assert_true (dlm_topic_set_param (topic, "image", jpeg, NULL));
  for (const char *const *p = (const char *const[]) { png, jpeg, png_cut, jpeg_cut, png_tail, png_bad, NULL }; *p; p++)
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

  g_assert_true (dlm_topic_set_param (topic, "view", "grayscale", NULL));
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

static void render (DlmTopic *topic);

static const char *const all_views[] = { "objects", "grayscale", "channels", "storage", "dtypes", "kinds" };

static void
test_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_datatypes_topic_new ();

  for (guint i = 0; i < G_N_ELEMENTS (all_views); i++)
    {
      g_autofree char *describe = NULL, *formula = NULL, *explanation = NULL;

      g_assert_true (dlm_topic_set_param (topic, "view", all_views[i], NULL));
      describe = dlm_topic_describe (topic);
      formula = dlm_topic_get_formula (topic);
      explanation = dlm_topic_get_explanation (topic);
      g_assert_cmpuint (strlen (describe), >, 40);
      assert_markup (formula);
      assert_markup (explanation);
    }
}

/* 0.1 + 0.2 == 0.3 is False in float64 and True in float32, as NumPy
 * prints it (see test_rounded_sums): the storage view says so, with the
 * stored values, in its figure, its description and its explanation. */
static void
test_storage_rounding_words (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=storage", NULL });
  g_autofree char *describe = dlm_topic_describe (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, GOLDEN_W, GOLDEN_H);

  g_assert_nonnull (strstr (describe, "float64: False. The sum 0.30000000000000004 misses 0.3 "
                                      "(stored as 0.29999999999999999) by 1 unit in the last place"));
  g_assert_nonnull (strstr (describe, "float32: True. The sum happens to round to "
                                      "0.300000011920928955078125, the very float32 stored for 0.3"));
  g_assert_nonnull (strstr (describe, "wraps around to 4"));
  g_assert_nonnull (strstr (explanation, "in float64, 0.1 + 0.2 == 0.3 is False. In float32 it is True: the sum happens to round to the same float32 as 0.3"));
  g_assert_true (texts_contain (texts, "0.300000011920928955078125"));
  g_assert_true (texts_contain (texts, "float64: False"));
  g_assert_true (texts_contain (texts, "float32: True"));
  g_assert_false (texts_contain (texts, "Neither is 0.3"));
}

/* Rows of a CSV, the header first, each split at commas outside quotes. */
static GPtrArray *
csv_rows (DlmTopic *topic)
{
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();
      GString *field = g_string_new (NULL);
      gboolean quoted = FALSE;

      for (const char *p = lines[i]; ; p++)
        {
          if (*p == '"')
            quoted = !quoted;
          else if (*p == '\0' || (*p == ',' && !quoted))
            {
              g_ptr_array_add (fields, g_string_free (field, FALSE));
              if (*p == '\0')
                break;
              field = g_string_new (NULL);
            }
          else
            g_string_append_c (field, *p);
        }
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (g_steal_pointer (&fields), FALSE));
    }
  return rows;
}

/* Each view has its own words, CSV and summary; every CSV starts with
 * NumPy's 0-based index (or row, col for pixels). */
static void
test_views_own_words (void)
{
  g_autoptr(GHashTable) describes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) csvs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all_views); i++)
    {
      g_autofree char *view = g_strdup_printf ("view=%s", all_views[i]);
      g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { view, "zoom=8", NULL });
      g_autoptr(GPtrArray) rows = csv_rows (topic);
      char **header = rows->pdata[0], **first = rows->pdata[1];

      g_assert_true (g_hash_table_add (describes, dlm_topic_describe (topic)));
      g_assert_true (g_hash_table_add (csvs, dlm_topic_to_csv (topic)));
      g_assert_true (g_str_equal (header[0], "index") || g_str_equal (header[0], "row"));
      g_assert_cmpstr (first[0], ==, g_str_equal (header[0], "row") ? "21" : "0");
      for (guint r = 1; r < rows->len; r++)
        g_assert_cmpuint (g_strv_length (rows->pdata[r]), ==, g_strv_length (header));
    }
}

static void
test_channels_csv (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=channels", "zoom=64", NULL });
  g_autoptr(GPtrArray) rows = csv_rows (topic);
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *header = g_strjoinv (",", rows->pdata[0]);
  g_autofree char *pixel = g_strjoinv (",", rows->pdata[1]);

  /* zoom 64 shows one pixel, (23, 31): R 92, G 158, B 97 */
  g_assert_cmpstr (header, ==, "row,col,r,g,b");
  g_assert_cmpstr (pixel, ==, "23,31,92,158,97");
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (s, "torch_shape"), ==, "(3, 48, 64)");
  g_assert_cmpstr (g_hash_table_lookup (s, "numpy_shape"), ==, "(48, 64, 3)");
}

/* The bars and the sums the storage view lists: np.float32(0.1) +
 * np.float32(0.2) -> 0.30000001192092896 == np.float32(0.3); 0.1 + 0.2 ->
 * 0.30000000000000004, one ulp above 0.29999999999999999. */
static void
test_storage_csv (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=storage", "dtype=float32", NULL });
  g_autoptr(GPtrArray) rows = csv_rows (topic);
  g_autoptr(GHashTable) s = summary_of (topic);
  const char *expected[] = {
    "index,dtype,bytes_per_element,bytes,chosen,a,b,sum,target,stored_target,ulps",
    "0,uint8,1,9216,0,250,10,4,260,,",
    "1,float32,4,36864,1,0.10000000000000001,0.20000000000000001,0.30000001192092896,0.29999999999999999,0.30000001192092896,0",
    "2,float64,8,73728,0,0.10000000000000001,0.20000000000000001,0.30000000000000004,0.29999999999999999,0.29999999999999999,1",
  };

  g_assert_cmpuint (rows->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *line = g_strjoinv (",", rows->pdata[i]);

      g_assert_cmpstr (line, ==, expected[i]);
    }
  g_assert_cmpfloat (summary_number (s, "float32_ulps"), ==, 0);
  g_assert_cmpfloat (summary_number (s, "float64_ulps"), ==, 1);
  g_assert_cmpfloat (summary_number (s, "float32_sum"), ==, summary_number (s, "float32_target"));
  g_assert_cmpfloat (summary_number (s, "bytes_float64"), ==, 73728);
  g_assert_cmpfloat (summary_number (s, "bytes"), ==, 36864);
}

/* The dtypes view: the course's examples, then the student's list, each
 * with the dtypes of test_infer_dtypes; the words follow the list. */
static void
test_dtypes_view (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=dtypes", NULL });
  g_autoptr(GPtrArray) rows = csv_rows (topic);
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *before = dlm_topic_describe (topic), *after = NULL, *formula = NULL, *last = NULL;
  g_autofree char *explanation = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  char **strings = NULL;

  g_assert_cmpuint (rows->len, ==, 1 + 10);
  strings = rows->pdata[2];
  g_assert_cmpstr (strings[1], ==, "['cat', 'dog']");
  g_assert_cmpstr (strings[3], ==, "<U3");
  g_assert_cmpstr (strings[5], ==, "");
  last = g_strjoinv ("|", rows->pdata[10]);
  g_assert_cmpstr (last, ==, "9|[3, 1.5, True]|(3,)|float64|8|torch.float32|4|1");
  g_assert_cmpstr (g_hash_table_lookup (s, "numpy_dtype"), ==, "float64");
  g_assert_cmpstr (g_hash_table_lookup (s, "torch_dtype"), ==, "torch.float32");
  g_assert_nonnull (strstr (before, "np.array(['cat', 'dog']) is <U3 (12 bytes per element); PyTorch has no tensor of strings."));
  g_assert_nonnull (strstr (before, "np.array(4.0) is float64 (8 bytes per element); torch.tensor(4.0) is torch.float32 (4 bytes per element)."));

  /* /usr/bin/python3 -c "import torch; print(torch.Tensor([1,2,3]).dtype, torch.tensor([1,2,3]).dtype)"
   *   -> torch.float32 torch.int64 */
  explanation = dlm_topic_get_explanation (topic);
  g_assert_nonnull (strstr (explanation, "torch.Tensor([1, 2, 3]) is float32 where torch.tensor([1, 2, 3]) is int64"));
  g_assert_nonnull (strstr (explanation, "the highest kind is float, so NumPy makes float64 and PyTorch torch.float32"));

  g_assert_true (dlm_topic_set_param (topic, "values", "[True, 'a']", NULL));
  g_clear_pointer (&s, g_hash_table_unref);
  s = summary_of (topic);
  after = dlm_topic_describe (topic);
  formula = dlm_topic_get_formula (topic);
  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (after, "Your values, outlined: np.array([True, 'a']) is <U5 (20 bytes per element)"));
  g_assert_cmpstr (formula, ==, "[True, &apos;a&apos;] → &lt;U5  |  no tensor");
  g_assert_cmpstr (g_hash_table_lookup (s, "numpy_dtype"), ==, "<U5");
  g_assert_cmpstr (g_hash_table_lookup (s, "torch_dtype"), ==, "none");
  g_assert_false (g_hash_table_contains (s, "torch_itemsize"));
  texts = figure_texts (topic, DLM_THEME_DARK, GOLDEN_W, GOLDEN_H);
  g_assert_true (texts_contain (texts, "[True, 'a']"));
  g_assert_true (texts_contain (texts, "<U5"));
}

static void
test_kinds_view (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=kinds", NULL });
  g_autoptr(GPtrArray) rows = csv_rows (topic);
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *describe = dlm_topic_describe (topic);
  g_autofree char *ratio = g_strjoinv (",", rows->pdata[4]);
  g_autofree char *nominal = g_strjoinv (",", rows->pdata[1]);
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, GOLDEN_W, GOLDEN_H);

  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpstr (nominal, ==, "0,categorical,1,0,0,0,one-hot");
  g_assert_cmpstr (ratio, ==, "3,ratio,1,1,1,1,number");
  g_assert_cmpstr (g_hash_table_lookup (s, "ordinal_operations"), ==, "count,order");
  g_assert_cmpstr (g_hash_table_lookup (s, "ordinal_encoding"), ==, "ordered integers");
  g_assert_nonnull (strstr (describe, "Categorical, for example blood type (A, B, AB, O)"));
  g_assert_nonnull (strstr (describe, "encoded as one-hot, B → [0, 1, 0, 0]"));
  g_assert_true (texts_contain (texts, "Interval"));
  g_assert_true (texts_contain (texts, "temperature in °C"));
  g_assert_true (texts_contain (texts, "L → 2"));
}

/* The keyboard cursor walks the table rows of the two table views. */
static void
test_table_points (void)
{
  const struct { const char *view; guint n; const char *needle; } cases[] = {
    { "view=dtypes", 11, "torch.tensor([1, 2.5]) is torch.float32" },
    { "view=kinds", 9, "Ratio makes sense" },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { cases[c].view, NULL });
      gboolean found = FALSE;
      guint row_length;

      render (topic);
      g_assert_cmpuint (dlm_topic_count_points (topic, &row_length), ==, cases[c].n);
      for (guint i = 0; i < cases[c].n; i++)
        {
          DlmProbe point = { 0 };

          g_assert_true (dlm_topic_get_point (topic, i, &point));
          g_assert_cmpfloat (point.x, >, 0);
          g_assert_cmpfloat (point.y, >, 0);
          found |= strstr (point.text, cases[c].needle) != NULL;
          dlm_probe_clear (&point);
        }
      g_assert_true (found);
    }
}

/* The pointer over the student's row of the dtypes table reads it. */
static void
test_table_probe (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("datatypes", (const char *[]) { "view=dtypes", NULL });
  DlmProbe last = { 0 }, probe = { 0 };

  render (topic);
  g_assert_true (dlm_topic_get_point (topic, 10, &last));
  g_assert_true (dlm_topic_probe (topic, last.x, last.y, &probe));
  g_assert_cmpstr (probe.text, ==, "np.array([3, 1.5, True]) is float64 (8 bytes per element); "
                                   "torch.tensor([3, 1.5, True]) is torch.float32 (4 bytes per element).");
  dlm_probe_clear (&probe);
  g_assert_false (dlm_topic_probe (topic, 2, 2, &probe));
  dlm_probe_clear (&last);
}

/* ---- quiz --------------------------------------------------------------- */

static GPtrArray *
quiz_for_seed (guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);

  dlm_datatypes_quiz_build (questions, rand);
  return questions;
}

static char *
quiz_text (GPtrArray *questions)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = questions->pdata[i];

      g_string_append_printf (out, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (out, "%d %s: %s\n", dlm_quiz_question_is_correct (q, c),
                                dlm_quiz_question_get_choice (q, c), dlm_quiz_question_get_reason (q, c));
    }
  return g_string_free (out, FALSE);
}

/* One seed asks the same twice; two seeds ask about other numbers. */
static void
test_quiz_seeds (void)
{
  g_autoptr(GPtrArray) a = quiz_for_seed (1), again = quiz_for_seed (1), b = quiz_for_seed (2);
  g_autofree char *ta = quiz_text (a), *tagain = quiz_text (again), *tb = quiz_text (b);

  g_assert_cmpuint (a->len, ==, 11);
  g_assert_cmpstr (ta, ==, tagain);
  g_assert_cmpstr (ta, !=, tb);
}

/* Whatever the seed, the right answer is the one src/core computes: the
 * shape question (3, H, W), the rounding question float32/float64 as
 * NumPy prints them (checked for every pair of tenths drawn), the dtype
 * questions as in test_infer_dtypes. */
static void
test_quiz_answers (void)
{
  g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* /usr/bin/python3 -c "import numpy as np
   *   for k1 in range(1, 5):
   *     for k2 in range(k1, 10 - k1):
   *       a, b, c = k1 / 10, k2 / 10, (k1 + k2) / 10
   *       print(k1, k2, np.float32(a) + np.float32(b) == np.float32(c), a + b == c)" */
  static const struct { guint k1, k2; gboolean f32, f64; } numpy_says[] = {
    { 1, 1, TRUE, TRUE }, { 1, 2, TRUE, FALSE }, { 1, 3, TRUE, TRUE }, { 1, 4, TRUE, TRUE },
    { 1, 5, TRUE, TRUE }, { 1, 6, FALSE, TRUE }, { 1, 7, TRUE, FALSE }, { 1, 8, FALSE, TRUE },
    { 2, 2, TRUE, TRUE }, { 2, 3, TRUE, TRUE }, { 2, 4, TRUE, FALSE }, { 2, 5, TRUE, TRUE },
    { 2, 6, TRUE, TRUE }, { 2, 7, TRUE, FALSE }, { 3, 3, TRUE, TRUE }, { 3, 4, FALSE, TRUE },
    { 3, 5, TRUE, TRUE }, { 3, 6, FALSE, FALSE }, { 4, 4, TRUE, TRUE }, { 4, 5, TRUE, TRUE },
  };

  for (guint32 seed = 1; seed <= 200; seed++)
    {
      g_autoptr(GPtrArray) questions = quiz_for_seed (seed);
      const DlmQuizQuestion *shape = questions->pdata[2], *sum = questions->pdata[6];
      const char *right_shape = dlm_quiz_question_get_choice (shape, dlm_quiz_question_get_correct (shape));
      const char *right_sum = dlm_quiz_question_get_choice (sum, dlm_quiz_question_get_correct (sum));
      guint h, w, k1, k2, k3;
      g_autofree char *expected = NULL;

      g_assert_cmpint (sscanf (dlm_quiz_question_get_prompt (shape), "A color photo is %u pixels high and %u", &h, &w), ==, 2);
      expected = g_strdup_printf ("A 3rd-order tensor of shape (3, %u, %u)", h, w);
      g_assert_cmpstr (right_shape, ==, expected);
      g_assert_cmpint (sscanf (dlm_quiz_question_get_prompt (sum), "In NumPy, 0.%u + 0.%u == 0.%u", &k1, &k2, &k3), ==, 3);
      g_assert_cmpuint (k1 + k2, ==, k3);
      for (guint i = 0; i < G_N_ELEMENTS (numpy_says); i++)
        if (numpy_says[i].k1 == k1 && numpy_says[i].k2 == k2)
          {
            g_autofree char *answer = g_strdup_printf ("float32: %s, float64: %s",
                                                       numpy_says[i].f32 ? "True" : "False",
                                                       numpy_says[i].f64 ? "True" : "False");

            g_assert_cmpstr (right_sum, ==, answer);
            g_hash_table_add (pairs, g_strdup (answer));
          }
      for (guint i = 0; i < questions->len; i++)
        {
          const DlmQuizQuestion *q = questions->pdata[i];

          g_assert_cmpuint (dlm_quiz_question_get_correct (q), <, dlm_quiz_question_get_n_choices (q));
        }
    }
  /* the draws reach every outcome */
  g_assert_cmpuint (g_hash_table_size (pairs), ==, 4);
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
  { "datatypes-dtypes-light", dlm_datatypes_topic_get_type, { "view=dtypes", NULL }, DLM_THEME_LIGHT },
  { "datatypes-dtypes-dark", dlm_datatypes_topic_get_type, { "view=dtypes", "values=[True, 'a']", NULL }, DLM_THEME_DARK },
  { "datatypes-dtypes-projector", dlm_datatypes_topic_get_type, { "view=dtypes", "values=4", NULL }, DLM_THEME_PROJECTOR },
  { "datatypes-kinds-light", dlm_datatypes_topic_get_type, { "view=kinds", NULL }, DLM_THEME_LIGHT },
  { "datatypes-kinds-dark", dlm_datatypes_topic_get_type, { "view=kinds", NULL }, DLM_THEME_DARK },
  { "datatypes-kinds-projector", dlm_datatypes_topic_get_type, { "view=kinds", NULL }, DLM_THEME_PROJECTOR },
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
  g_test_add_func ("/topics/datatypes/image-limits-documented", test_image_limits_documented);
  g_test_add_func ("/topics/datatypes/not-regular-files", test_not_regular_files);
  g_test_add_func ("/topics/datatypes/header-bombs", test_header_bombs);
  g_test_add_func ("/topics/datatypes/wrong-types", test_wrong_types);
  g_test_add_func ("/topics/datatypes/truncated", test_truncated);
  g_test_add_func ("/topics/datatypes/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/datatypes/core/rounded-sums", test_rounded_sums);
  g_test_add_func ("/topics/datatypes/core/infer-dtypes", test_infer_dtypes);
  g_test_add_func ("/topics/datatypes/core/literal-errors", test_literal_errors);
  g_test_add_func ("/topics/datatypes/words", test_words);
  g_test_add_func ("/topics/datatypes/storage-rounding-words", test_storage_rounding_words);
  g_test_add_func ("/topics/datatypes/views-own-words", test_views_own_words);
  g_test_add_func ("/topics/datatypes/channels-csv", test_channels_csv);
  g_test_add_func ("/topics/datatypes/storage-csv", test_storage_csv);
  g_test_add_func ("/topics/datatypes/dtypes-view", test_dtypes_view);
  g_test_add_func ("/topics/datatypes/kinds-view", test_kinds_view);
  g_test_add_func ("/topics/datatypes/table-points", test_table_points);
  g_test_add_func ("/topics/datatypes/table-probe", test_table_probe);
  g_test_add_func ("/topics/datatypes/quiz-seeds", test_quiz_seeds);
  g_test_add_func ("/topics/datatypes/quiz-answers", test_quiz_answers);
  g_test_add_func ("/topics/datatypes/probe", test_probe);
  g_test_add_func ("/topics/datatypes/channel-titles-and-scales", test_channel_titles_and_scales);
  g_test_add_func ("/topics/datatypes/storage-units", test_storage_units);
  dlm_golden_add_tests ("/topics/datatypes/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
