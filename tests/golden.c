/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dlm-topic.h"
#include "golden.h"

cairo_surface_t *
dlm_golden_render (const DlmGolden *golden)
{
  g_autoptr(DlmTopic) topic = g_object_new (golden->type (), NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  g_assert_true (dlm_topic_apply (topic, golden->assignments, NULL));
  dlm_theme_init (&theme, golden->theme, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Fraction of pixels whose colour differs by more than a small amount in
 * any channel: anti-aliasing may wobble, a moved bar or label may not. */
double
dlm_golden_difference (cairo_surface_t *a,
                       cairo_surface_t *b)
{
  guint differing = 0;

  for (int y = 0; y < GOLDEN_H; y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      for (int x = 0; x < GOLDEN_W * 4; x += 4)
        for (int c = 0; c < 3; c++)
          if (ABS (ra[x + c] - rb[x + c]) > 40)
            {
              differing++;
              break;
            }
    }
  return (double) differing / (GOLDEN_W * GOLDEN_H);
}

static void
test_golden (gconstpointer data)
{
  const DlmGolden *golden = data;
  g_autofree char *file = g_strconcat (golden->name, ".png", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "golden", file, NULL);
  cairo_surface_t *drawn = dlm_golden_render (golden);
  cairo_surface_t *expected;
  double diff;

  if (g_getenv ("DLM_WRITE_GOLDEN") != NULL)
    {
      g_assert_cmpint (cairo_surface_write_to_png (drawn, path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", path);
      cairo_surface_destroy (drawn);
      return;
    }

  expected = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, GOLDEN_W);
  diff = dlm_golden_difference (drawn, expected);
  if (diff > 0.004)
    {
      g_autofree char *out = g_build_filename (g_get_tmp_dir (), file, NULL);
      cairo_surface_write_to_png (drawn, out);
      g_test_fail_printf ("%s differs from its golden image in %.2f%% of pixels; see %s "
                          "(DLM_WRITE_GOLDEN=1 regenerates)", golden->name, diff * 100, out);
    }
  cairo_surface_destroy (expected);
  cairo_surface_destroy (drawn);
}


void
dlm_golden_add_tests (const char      *prefix,
                      const DlmGolden *goldens,
                      guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strconcat (prefix, goldens[i].name, NULL);
      g_test_add_data_func (name, &goldens[i], test_golden);
    }
}
