/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dlm-explog-topic.h"
#include "dlm-export.h"
#include "dlm-layout.h"
#include "dlm-plot.h"
#include "dlm-seeding-topic.h"
#include "dlm-softmax-topic.h"
#include "dlm-theme.h"
#include "golden.h"

static void
assert_ticks (double        min,
              double        max,
              const double *expected,
              guint         n_expected,
              double        expected_step)
{
  double ticks[16], step;
  guint n = dlm_ticks_linear (min, max, 9, ticks, &step);

  g_assert_cmpuint (n, ==, n_expected);
  g_assert_cmpfloat_with_epsilon (step, expected_step, 1e-12);
  for (guint i = 0; i < n; i++)
    g_assert_cmpfloat_with_epsilon (ticks[i], expected[i], 1e-12 * MAX (1, fabs (expected[i])));
}

static void
test_ticks_linear (void)
{
  assert_ticks (0, 1, (double[]) { 0, 0.2, 0.4, 0.6, 0.8, 1.0 }, 6, 0.2);
  assert_ticks (-3, 3, (double[]) { -3, -2, -1, 0, 1, 2, 3 }, 7, 1);
  /* awkward ranges: nothing outside the range, zero exactly zero */
  assert_ticks (-0.37, 2.91, (double[]) { 0, 0.5, 1, 1.5, 2, 2.5 }, 6, 0.5);
  assert_ticks (0.0007, 0.00093, (double[]) { 0.0007, 0.00075, 0.0008, 0.00085, 0.0009 }, 5, 0.00005);
  assert_ticks (-921.03, 1, (double[]) { -800, -600, -400, -200, 0 }, 5, 200);
  assert_ticks (999999, 1000001, (double[]) { 999999, 999999.25, 999999.5, 999999.75, 1000000,
                                              1000000.25, 1000000.5, 1000000.75, 1000001 }, 9, 0.25);
}

static void
test_ticks_degenerate (void)
{
  double ticks[16];

  g_assert_cmpuint (dlm_ticks_linear (5, 5, 9, ticks, NULL), ==, 1);
  g_assert_cmpfloat (ticks[0], ==, 5);
  g_assert_cmpuint (dlm_ticks_linear (1, NAN, 9, ticks, NULL), ==, 1);
}

static void
test_tick_labels (void)
{
  g_autofree char *a = dlm_tick_label (0.25, 0.25);
  g_autofree char *b = dlm_tick_label (-2, 1);
  g_autofree char *c = dlm_tick_label (0.3, 0.1);
  /* ticks a step apart on a narrow range of large numbers stay apart */
  g_autofree char *d = dlm_tick_label (12345000, 1000);
  g_autofree char *e = dlm_tick_label (12346000, 1000);
  g_autofree char *f = dlm_tick_label (2e-5, 1e-5);

  g_assert_cmpstr (a, ==, "0.25");
  g_assert_cmpstr (b, ==, "−2");
  g_assert_cmpstr (c, ==, "0.3");
  g_assert_cmpstr (d, ==, "1.2345 × 10⁷");
  g_assert_cmpstr (e, ==, "1.2346 × 10⁷");
  g_assert_cmpstr (f, ==, "2 × 10⁻⁵");
}

static void
test_ticks_log (void)
{
  double ticks[16];
  guint n = dlm_ticks_log (0.0007, 1.5, 10, 9, ticks);

  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpfloat_with_epsilon (ticks[0], 0.001, 1e-15);
  g_assert_cmpfloat_with_epsilon (ticks[3], 1, 1e-15);

  /* 325 decades are thinned to round steps of 50 */
  n = dlm_ticks_log (4.9e-324, 10, 10, 8, ticks);
  g_assert_cmpuint (n, ==, 7);
  g_assert_cmpfloat_with_epsilon (log10 (ticks[0]), -300, 1e-9);
  g_assert_cmpfloat_with_epsilon (log10 (ticks[1]), -250, 1e-9);

  n = dlm_ticks_log (1, 1024, 2, 12, ticks);
  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpfloat (ticks[10], ==, 1024);
}

static void
test_scale_roundtrip (void)
{
  DlmScale lin = { DLM_SCALE_LINEAR, -2, 6, 10 };
  DlmScale lg = { DLM_SCALE_LOG, 0.001, 1000, 10 };

  g_assert_cmpfloat_with_epsilon (dlm_scale_to_unit (&lin, 2), 0.5, 1e-15);
  g_assert_cmpfloat_with_epsilon (dlm_scale_to_unit (&lg, 1), 0.5, 1e-15);
  g_assert_cmpfloat_with_epsilon (dlm_scale_from_unit (&lg, 0.5), 1, 1e-12);
  g_assert_cmpfloat_with_epsilon (dlm_scale_from_unit (&lin, 0.25), 0, 1e-15);
}

/* Ranges from data such as 1e308, −1e308 (a span past DBL_MAX, or ±∞ once
 * a caller pads them) and subnormal ones: ticks stay finite and inside,
 * every value maps to a unit position in order, with no CRITICAL. */
static void
assert_huge_ticks (double min,
                   double max)
{
  double ticks[16], step;
  guint n = dlm_ticks_linear (min, max, 9, ticks, &step);

  g_assert_cmpuint (n, >=, 3);
  g_assert_true (isfinite (step) && step > 0);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (isfinite (ticks[i]));
      g_assert_cmpfloat (ticks[i], >=, min);
      g_assert_cmpfloat (ticks[i], <=, max);
    }
}

static DlmScale
axes_y_scale (double min,
              double max)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  DlmAxes *axes;
  DlmScale y;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  axes = dlm_axes_new (cr, &theme, (DlmRect) { 0, 0, 400, 300 });
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, min, max);
  dlm_axes_draw_frame (axes);
  y = dlm_axes_get_geometry (axes).y;
  dlm_axes_free (axes);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return y;
}

/* Category names are markup, escaped by the topics: a long one is cut
 * between the characters shown, never inside an entity (&#x15; is how a
 * control character is escaped), which Pango refuses with a WARNING (fatal
 * in the tests). */
static void
test_category_entities (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *controls = g_strnfill (30, '\x15');
  g_autofree char *escaped = g_markup_escape_text (controls, -1);
  g_autofree char *ampersands = g_markup_escape_text ("&&&&&&&&&&&&&&&&&&&&&&&&&&&&", -1);
  const char *names[] = { escaped, ampersands, "<b>bold</b>, then a long name after it" };
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  for (guint h = 0; h < G_N_ELEMENTS (names); h++)
    {
      g_autoptr(DlmAxes) axes = dlm_axes_new (cr, &theme, (DlmRect) { 0, 0, 400, 300 });

      dlm_axes_set_categories (axes, names, G_N_ELEMENTS (names));
      dlm_axes_set_highlight_category (axes, h);
      dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 1);
      dlm_axes_draw_frame (axes);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_scale_huge (void)
{
  DlmScale padded = axes_y_scale (-INFINITY, INFINITY);
  DlmScale flat = axes_y_scale (1.7e308, 1.7e308);
  DlmScale tiny = axes_y_scale (-5e-324, 5e-324);
  DlmScale wide = { DLM_SCALE_LINEAR, -G_MAXDOUBLE, G_MAXDOUBLE, 10 };

  assert_huge_ticks (-1e308, 1e308);
  assert_huge_ticks (-G_MAXDOUBLE, G_MAXDOUBLE);

  g_assert_true (isfinite (padded.min) && isfinite (padded.max));
  g_assert_cmpfloat_with_epsilon (dlm_scale_to_unit (&padded, 0), 0.5, 1e-12);
  g_assert_cmpfloat (dlm_scale_to_unit (&padded, -1e308), >, 0);
  g_assert_cmpfloat (dlm_scale_to_unit (&padded, 1e308), <, 1);
  g_assert_cmpfloat_with_epsilon (dlm_scale_to_unit (&wide, 1e308), 0.5 + 0.5e308 / G_MAXDOUBLE, 1e-12);
  g_assert_cmpfloat_with_epsilon (dlm_scale_from_unit (&wide, 0.5 + 0.5e308 / G_MAXDOUBLE), 1e308, 1e296);

  /* a flat range at the top of the doubles widens downwards, finitely */
  g_assert_true (flat.min < 1.7e308 && flat.max >= 1.7e308 && isfinite (flat.max));
  /* a subnormal span is drawn as the point it nearly is */
  g_assert_cmpfloat (tiny.max - tiny.min, >=, 1);
  g_assert_cmpfloat_with_epsilon (dlm_scale_to_unit (&tiny, 5e-324), 0.5, 1e-12);
}

static double
luminance (const DlmColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static void
test_themes (void)
{
  DlmTheme light, dark, projector;
  DlmThemeKind kind;

  dlm_theme_init (&light, DLM_THEME_LIGHT, 1);
  dlm_theme_init (&dark, DLM_THEME_DARK, 2);
  dlm_theme_init (&projector, DLM_THEME_PROJECTOR, 1);

  g_assert_cmpfloat (luminance (&light.background), >, luminance (&light.foreground));
  g_assert_cmpfloat (luminance (&dark.background), <, luminance (&dark.foreground));
  /* the projector theme: pure black on white, thicker strokes, larger type */
  g_assert_cmpfloat (luminance (&projector.foreground), ==, 0);
  g_assert_cmpfloat (luminance (&projector.background), ==, 1);
  g_assert_cmpfloat (projector.line_width, >=, 1.5 * light.line_width);
  g_assert_cmpfloat (projector.font_size, >=, 1.3 * light.font_size);
  g_assert_cmpfloat (dark.scale, ==, 2);
  g_assert_cmpfloat (dlm_theme_px (&dark, 10), ==, 20);

  g_assert_true (dlm_theme_kind_from_string ("projector", &kind));
  g_assert_cmpint (kind, ==, DLM_THEME_PROJECTOR);
  g_assert_false (dlm_theme_kind_from_string ("sepia", &kind));
  g_assert_cmpfloat_with_epsilon (dlm_theme_auto_scale (1920, 1080), 1.5, 1e-12);
}

typedef struct {
  DlmTheme theme;
} Figure;

static void
draw_sample (cairo_t *cr,
             double   width,
             double   height,
             gpointer data)
{
  Figure *f = data;
  DlmRect area = dlm_figure_begin (cr, &f->theme, width, height, "Sample");
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, &f->theme, area);
  DlmStroke stroke = { &f->theme.series[0], 1, FALSE };
  double x[] = { 0, 1, 2, 3 }, y[] = { 1, NAN, 2, 3 };

  dlm_axes_set_x (axes, DLM_SCALE_LINEAR, 0, 3);
  dlm_axes_set_y (axes, DLM_SCALE_LINEAR, 0, 3);
  dlm_axes_draw_frame (axes);
  dlm_axes_line (axes, x, y, 4, &stroke);
}

static void
test_export_formats (void)
{
  Figure f;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL, svg = NULL, pdf = NULL;
  gsize len;
  const char *data;

  dlm_theme_init (&f.theme, DLM_THEME_LIGHT, 1);
  png = dlm_export_to_bytes (DLM_FORMAT_PNG, 320, 200, draw_sample, &f, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png, &len);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);

  svg = dlm_export_to_bytes (DLM_FORMAT_SVG, 320, 200, draw_sample, &f, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (svg, &len);
  g_assert_nonnull (g_strstr_len (data, len, "<svg"));

  pdf = dlm_export_to_bytes (DLM_FORMAT_PDF, 320, 200, draw_sample, &f, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &len);
  g_assert_cmpmem (data, 5, "%PDF-", 5);

  g_assert_null (dlm_export_to_bytes (DLM_FORMAT_PNG, 0, 200, draw_sample, &f, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "size"));
}

static void
assert_png_roundtrip (int width,
                      int height)
{
  /* the PNG encoder (two deflate halves in one stream) must give back
   * exactly the pixels cairo drew, for any size, odd or tiny */
  Figure f;
  g_autoptr(GBytes) png = NULL;
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "dlm-test-pixels.png", NULL);
  cairo_surface_t *drawn, *read;
  int stride;

  dlm_theme_init (&f.theme, DLM_THEME_DARK, 1);
  png = dlm_export_to_bytes (DLM_FORMAT_PNG, width, height, draw_sample, &f, NULL);
  g_assert_nonnull (png);
  g_assert_true (dlm_write_atomically (path, png, NULL));
  drawn = dlm_export_to_image (width, height, draw_sample, &f);
  read = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (read), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (read), ==, height);
  stride = cairo_image_surface_get_stride (drawn);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = ((guint32 *) (cairo_image_surface_get_data (drawn) + y * stride))[x];
        guint32 b = ((guint32 *) (cairo_image_surface_get_data (read) + y * cairo_image_surface_get_stride (read)))[x];
        g_assert_cmphex (a | 0xff000000, ==, b | 0xff000000);
      }
  cairo_surface_destroy (drawn);
  cairo_surface_destroy (read);
  g_unlink (path);
}

static void
test_png_pixels (void)
{
  assert_png_roundtrip (160, 100);
  assert_png_roundtrip (1, 1);
  assert_png_roundtrip (37, 3);
  assert_png_roundtrip (641, 481);
}

static void
test_write_atomically (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("a,b\n", 4);
  g_autofree char *dir = g_dir_make_tmp ("dlm-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "out.csv", NULL);
  g_autofree char *contents = NULL;
  GDir *listing;
  guint n_files = 0;

  g_assert_true (dlm_write_atomically (path, bytes, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "a,b\n");

  g_assert_false (dlm_write_atomically (missing, bytes, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  g_assert_false (dlm_write_atomically (dir, bytes, &error));
  g_assert_nonnull (error);

  /* nothing but the one good file is left behind */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_dir_close (listing);
  g_assert_cmpuint (n_files, ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_format_from_path (void)
{
  DlmFormat format;
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_format_from_path ("a/b/Figure.PNG", &format, NULL));
  g_assert_cmpint (format, ==, DLM_FORMAT_PNG);
  g_assert_true (dlm_format_from_path ("x.csv", &format, NULL));
  g_assert_cmpint (format, ==, DLM_FORMAT_CSV);
  g_assert_false (dlm_format_from_path ("x.bmp", &format, &error));
  g_assert_nonnull (strstr (error->message, ".png"));
}

/* ---- golden images of the topics' figures ---------------------------- */

static const DlmGolden goldens[] = {
  { "softmax-bars-light", dlm_softmax_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "softmax-classifier-dark", dlm_softmax_topic_get_type, { "view=classifier", NULL }, DLM_THEME_DARK },
  { "softmax-stability-projector", dlm_softmax_topic_get_type, { "view=stability", "logits=1000 1001 1002", NULL }, DLM_THEME_PROJECTOR },
  { "explog-curves-light", dlm_explog_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "explog-stretch-light", dlm_explog_topic_get_type, { "view=stretch", NULL }, DLM_THEME_LIGHT },
  { "explog-monotonic-dark", dlm_explog_topic_get_type, { "view=monotonic", NULL }, DLM_THEME_DARK },
  { "explog-precision-projector", dlm_explog_topic_get_type, { "view=precision", NULL }, DLM_THEME_PROJECTOR },
  { "seeding-numpy-light", dlm_seeding_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "seeding-integers-dark", dlm_seeding_topic_get_type, { "distribution=integers", "low=1", "high=7", NULL }, DLM_THEME_DARK },
  { "seeding-python-normal-projector", dlm_seeding_topic_get_type, { "convention=python", "distribution=normal", NULL }, DLM_THEME_PROJECTOR },
};

static void
test_golden_detects_change (void)
{
  /* the comparison itself must notice a real change */
  cairo_surface_t *a = dlm_golden_render (&goldens[0]);
  DlmGolden changed = goldens[0];
  cairo_surface_t *b;

  changed.assignments[0] = "logits=3, 2, 1";
  b = dlm_golden_render (&changed);
  g_assert_cmpfloat (dlm_golden_difference (a, b), >, 0.01);
  g_assert_cmpfloat (dlm_golden_difference (a, a), ==, 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* ---- contrast and the highlight --------------------------------------- */

static double
color_distance (const DlmColor *a,
                const DlmColor *b)
{
  return sqrt (pow (a->red - b->red, 2) + pow (a->green - b->green, 2) + pow (a->blue - b->blue, 2));
}

/* WCAG 2: every colour the kit writes text in reads at 4.5:1 on the
 * theme's background in all three themes; the highlight means one thing,
 * so it is told apart from every data series. */
static void
test_theme_contrast (void)
{
  DlmColor white = { 1, 1, 1, 1 }, black = { 0, 0, 0, 1 }, grey = { 0x77 / 255.0, 0x77 / 255.0, 0x77 / 255.0, 1 };

  /* the ratios WCAG's own examples give */
  g_assert_cmpfloat_with_epsilon (dlm_color_contrast (&black, &white), 21, 1e-9);
  g_assert_cmpfloat_with_epsilon (dlm_color_contrast (&grey, &white), 4.48, 0.01);

  for (DlmThemeKind kind = DLM_THEME_LIGHT; kind <= DLM_THEME_PROJECTOR; kind++)
    {
      DlmTheme t;
      const DlmColor *text[] = { &t.foreground, &t.muted, &t.highlight, &t.error };

      dlm_theme_init (&t, kind, 1);
      g_test_message ("theme %s", dlm_theme_kind_to_string (kind));
      for (guint i = 0; i < G_N_ELEMENTS (text); i++)
        g_assert_cmpfloat (dlm_color_contrast (text[i], &t.background), >=, 4.5);
      for (guint i = 0; i < DLM_THEME_N_SERIES; i++)
        {
          DlmColor label = dlm_theme_text_color (&t, &t.series[i]);

          g_assert_cmpfloat (color_distance (&t.highlight, &t.series[i]), >, 0.2);
          g_assert_cmpfloat (dlm_color_contrast (&label, &t.background), >=, 4.5);
        }
    }
}

/* ---- the layout log ---------------------------------------------------- */

static GPtrArray *
check_drawing (void (*draw) (cairo_t *cr, const DlmTheme *theme))
{
  g_autoptr(DlmLayoutLog) log = dlm_layout_log_new (400, 300);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_layout_log_attach (log, cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  draw (cr, &theme);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return dlm_layout_log_check (log);
}

static void
draw_clean (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 20, DLM_ANCHOR_NORTH_WEST, "mean");
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 60, DLM_ANCHOR_NORTH_WEST, "variance");
}

static void
draw_overlap (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 20, DLM_ANCHOR_NORTH_WEST, "mean");
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 30, 24, DLM_ANCHOR_NORTH_WEST, "variance");
}

static void
draw_off_canvas (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 390, 20, DLM_ANCHOR_NORTH_WEST, "cut off");
}

static void
draw_pale (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, &t->series[1], 20, 20, DLM_ANCHOR_NORTH_WEST, "orange");
}

static void
draw_e_notation (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 20, DLM_ANCHOR_NORTH_WEST, "1.5e+07");
}

/* A tick label whose axes end at x = 200 must not reach past it. */
static void
draw_out_of_panel (cairo_t *cr, const DlmTheme *t)
{
  DlmRect panel = { 0, 0, 200, 300 };

  dlm_layout_push_bounds (cr, &panel);
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 195, 20, DLM_ANCHOR_NORTH_WEST, "wide");
  dlm_layout_pop_bounds (cr);
}

static void
draw_end_markers (cairo_t *cr, const DlmTheme *t)
{
  g_autoptr(DlmAxes) axes = dlm_axes_new (cr, t, (DlmRect) { 0, 0, 400, 300 });
  double x[] = { 0, 0.5, 1 }, y[] = { 0, 0.5, 1 };

  dlm_axes_draw_frame (axes);
  dlm_axes_points (axes, x, y, 3, &t->series[0], 6);
}

static void
draw_clipped_marker (cairo_t *cr, const DlmTheme *t)
{
  cairo_rectangle (cr, 0, 0, 100, 100);
  cairo_clip (cr);
  dlm_layout_note_marker (cr, 98, 50, 6);
}

/* A boxed label's plate hides the text under it. */
static void
draw_plate_over_text (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 80, 20, DLM_ANCHOR_NORTH_WEST, "0.02");
  dlm_text_draw_boxed (cr, t, DLM_TEXT_BODY, 20, 14, DLM_ANCHOR_NORTH_WEST, 0, "argmin");
}

/* A box filled over a label hides it, whatever the boxes say. */
static void
draw_fill_over_text (cairo_t *cr, const DlmTheme *t)
{
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 20, DLM_ANCHOR_NORTH_WEST, "hidden");
  cairo_rectangle (cr, 30, 10, 40, 40);
  cairo_fill (cr);
}

static void
draw_clipped_text (cairo_t *cr, const DlmTheme *t)
{
  cairo_rectangle (cr, 0, 0, 40, 100);
  cairo_clip (cr);
  dlm_text_draw (cr, t, DLM_TEXT_BODY, NULL, 20, 20, DLM_ANCHOR_NORTH_WEST, "clipped");
}

static void
test_layout_log (void)
{
  struct {
    void (*draw) (cairo_t *, const DlmTheme *);
    const char *problem;     /* NULL: clean */
  } cases[] = {
    { draw_clean, NULL },
    { draw_end_markers, NULL },
    { draw_overlap, "overlaps" },
    { draw_off_canvas, "leaves the canvas" },
    { draw_out_of_panel, "leaves its panel" },
    { draw_pale, "has contrast" },
    { draw_e_notation, "e notation" },
    { draw_clipped_marker, "is clipped" },
    { draw_plate_over_text, "covers" },
    { draw_fill_over_text, "covered by something drawn later" },
    { draw_clipped_text, "cut by a clip" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) problems = check_drawing (cases[i].draw);

      for (guint j = 0; j < problems->len; j++)
        g_test_message ("case %u: %s", i, (const char *) problems->pdata[j]);
      if (cases[i].problem == NULL)
        g_assert_cmpuint (problems->len, ==, 0);
      else
        {
          gboolean found = FALSE;

          for (guint j = 0; j < problems->len; j++)
            found |= strstr (problems->pdata[j], cases[i].problem) != NULL;
          g_assert_true (found);
        }
    }
}

/* Log axes write every decade as a power: never 1000 beside 10⁴. */
static void
test_log_tick_labels (void)
{
  g_autoptr(DlmLayoutLog) log = dlm_layout_log_new (600, 400);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 400);
  cairo_t *cr = cairo_create (surface);
  DlmTheme t;
  guint powers = 0;

  dlm_theme_init (&t, DLM_THEME_LIGHT, 1);
  dlm_layout_log_attach (log, cr);
  {
    g_autoptr(DlmAxes) axes = dlm_axes_new (cr, &t, (DlmRect) { 0, 0, 600, 400 });
    dlm_axes_set_y (axes, DLM_SCALE_LOG, 1e-3, 1e4);
    dlm_axes_draw_frame (axes);
  }
  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      if (g_str_has_prefix (item->text, "10"))
        powers++;
      g_assert_cmpstr (item->text, !=, "1000");
      g_assert_cmpstr (item->text, !=, "0.01");
    }
  g_assert_cmpuint (powers, >=, 4);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/plot/ticks/linear", test_ticks_linear);
  g_test_add_func ("/plot/ticks/degenerate", test_ticks_degenerate);
  g_test_add_func ("/plot/ticks/labels", test_tick_labels);
  g_test_add_func ("/plot/ticks/log", test_ticks_log);
  g_test_add_func ("/plot/scale/roundtrip", test_scale_roundtrip);
  g_test_add_func ("/plot/scale/huge", test_scale_huge);
  g_test_add_func ("/plot/axes/category-entities", test_category_entities);
  g_test_add_func ("/plot/themes", test_themes);
  g_test_add_func ("/plot/themes/contrast", test_theme_contrast);
  g_test_add_func ("/plot/layout/log", test_layout_log);
  g_test_add_func ("/plot/layout/log-ticks", test_log_tick_labels);
  g_test_add_func ("/plot/export/formats", test_export_formats);
  g_test_add_func ("/plot/export/png-pixels", test_png_pixels);
  g_test_add_func ("/plot/export/atomic", test_write_atomically);
  g_test_add_func ("/plot/export/format-from-path", test_format_from_path);
  g_test_add_func ("/plot/golden/detects-change", test_golden_detects_change);
  dlm_golden_add_tests ("/plot/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}
