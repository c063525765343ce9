/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-topic-registry.h"
#include "topic-test.h"

#define WIDTH 1280
#define HEIGHT 720

/* The size of the last render. */
static int width = WIDTH, height = HEIGHT;

static void
render_sized (DlmTopic     *topic,
              DlmThemeKind  kind,
              int           w,
              int           h)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  width = w;
  height = h;
  dlm_theme_init (&theme, kind, dlm_theme_auto_scale (w, h));
  dlm_topic_render (topic, cr, &theme, w, h);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
render (DlmTopic *topic)
{
  render_sized (topic, DLM_THEME_LIGHT, WIDTH, HEIGHT);
}

/* Every point of the last render has words and lies inside the figure;
 * returns how many there are. */
static guint
check_points (DlmTopic   *topic,
              const char *what)
{
  guint row = 0;
  guint n = dlm_topic_count_points (topic, &row);

  g_assert_cmpuint (row, >=, 1);
  g_assert_cmpuint (row, <=, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      DlmProbe point = { 0 };
      g_autofree char *end = g_strdup_printf ("point %u of %u", i + 1, n);

      if (!dlm_topic_get_point (topic, i, &point))
        g_error ("%s: no point %u of %u", what, i, n);
      g_assert_nonnull (point.text);
      g_assert_true (g_utf8_validate (point.text, -1, NULL));
      g_assert_true (g_str_has_suffix (point.text, end));
      g_assert_cmpuint (strlen (point.text), >, strlen (end) + 4);
      if (!(point.x >= 0 && point.x <= width && point.y >= 0 && point.y <= height))
        g_error ("%s: point %u (%s) at %g, %g is outside the figure", what, i, point.text,
                 point.x, point.y);
      dlm_probe_clear (&point);
    }
  /* past the end there is nothing */
  {
    DlmProbe none = { 0 };
    g_assert_false (dlm_topic_get_point (topic, n, &none));
    g_assert_null (none.text);
  }
  return n;
}

/* Every topic with its default parameters, then in each of its views. */
static void
test_points_every_topic (void)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  g_assert_cmpuint (n_topics, ==, 13);
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      g_autoptr(DlmParamInfo) view = topic_view_param (topic);
      g_auto(GStrv) choices = view != NULL ? g_strsplit (view->accepted, "|", -1) : NULL;

      render (topic);
      g_assert_cmpuint (check_points (topic, dlm_topic_get_id (topic)), >=, 1);
      for (guint c = 0; choices != NULL && choices[c] != NULL; c++)
        {
          g_autofree char *what = g_strdup_printf ("%s, %s", dlm_topic_get_id (topic), choices[c]);
          g_autoptr(GError) error = NULL;
          guint n;

          g_assert_true (dlm_topic_set_param (topic, view->name, choices[c], &error));
          g_assert_no_error (error);
          render (topic);
          n = check_points (topic, what);
          if (n == 0)
            g_error ("%s: no points", what);
        }
    }
}

/* However small the figure, the cursor counts only the points it can
 * place: a figure too small to show its points counts none. */
static void
test_points_small_figures (void)
{
  static const int sizes[][2] = {
    { 1, 1 }, { 16, 12 }, { 40, 30 }, { 80, 60 }, { 120, 90 }, { 140, 105 },
    { 160, 120 }, { 180, 135 }, { 200, 150 }, { 240, 180 }, { 320, 240 },
  };
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      g_autoptr(DlmParamInfo) view = topic_view_param (topic);
      g_auto(GStrv) choices = view != NULL ? g_strsplit (view->accepted, "|", -1) : g_new0 (char *, 2);

      for (guint c = 0; c == 0 || choices[c] != NULL; c++)
        {
          if (choices[c] != NULL)
            g_assert_true (dlm_topic_set_param (topic, view->name, choices[c], NULL));
          for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
            for (DlmThemeKind kind = DLM_THEME_LIGHT; kind <= DLM_THEME_PROJECTOR; kind++)
              {
                g_autofree char *what = g_strdup_printf ("%s, %s, %d×%d, theme %d",
                                                         dlm_topic_get_id (topic),
                                                         choices[c] != NULL ? choices[c] : "-",
                                                         sizes[s][0], sizes[s][1], kind);

                render_sized (topic, kind, sizes[s][0], sizes[s][1]);
                check_points (topic, what);
              }
        }
    }
}

/* Before the first render the topic does not know where anything is. */
static void
test_points_need_render (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("softmax");

  g_assert_cmpuint (dlm_topic_count_points (topic, NULL), ==, 0);
}

/* A change makes the last render's points stale: none are counted or
 * probed until the next render (a smaller matrix has no row 3, which the
 * last layout still shows). */
static void
test_points_stale_after_change (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("matmul");
  DlmProbe point = { 0 }, probe = { 0 };
  guint before;

  g_assert_true (dlm_topic_set_param (topic, "view", "steps", NULL));
  render (topic);
  before = dlm_topic_count_points (topic, NULL);
  g_assert_cmpuint (before, >, 1);
  g_assert_true (dlm_topic_get_point (topic, before - 1, &point));
  g_assert_true (dlm_topic_apply (topic, (const char *const[]) { "a=1", "b=2", NULL }, NULL));
  g_assert_cmpuint (dlm_topic_count_points (topic, NULL), ==, 0);
  g_assert_false (dlm_topic_get_point (topic, before - 1, &probe));
  g_assert_false (dlm_topic_probe (topic, point.x, point.y, &probe));
  g_assert_null (probe.text);
  render (topic);
  g_assert_cmpuint (dlm_topic_count_points (topic, NULL), >=, 1);
  dlm_probe_clear (&point);
}

static char *
point_text (DlmTopic *topic,
            guint     index)
{
  DlmProbe point = { 0 };

  g_assert_true (dlm_topic_get_point (topic, index, &point));
  return g_steal_pointer (&point.text);
}

static void
test_points_softmax (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("softmax");
  g_autofree char *third = NULL;
  guint row;

  render (topic);
  g_assert_cmpuint (dlm_topic_count_points (topic, &row), ==, 3);
  g_assert_cmpuint (row, ==, 3);
  third = point_text (topic, 2);
  g_assert_nonnull (strstr (third, "z3"));
  g_assert_nonnull (strstr (third, "0.665"));
  g_assert_true (g_str_has_suffix (third, "point 3 of 3"));

  /* the classifier: three images, one a row */
  g_assert_true (dlm_topic_set_param (topic, "view", "classifier", NULL));
  render (topic);
  g_assert_cmpuint (dlm_topic_count_points (topic, &row), ==, 9);
  g_assert_cmpuint (row, ==, 3);
}

static void
test_points_argmax (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("argmax");
  guint n, argmax_points = 0, argmin_points = 0;

  g_assert_true (dlm_topic_set_param (topic, "values", "3, 9, 1, 4", NULL));
  render (topic);
  n = dlm_topic_count_points (topic, NULL);
  g_assert_cmpuint (n, ==, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = point_text (topic, i);

      if (strstr (text, "argmax") != NULL)
        {
          g_assert_nonnull (strstr (text, "value 9"));
          argmax_points++;
        }
      if (strstr (text, "argmin") != NULL)
        {
          g_assert_nonnull (strstr (text, "value 1"));
          argmin_points++;
        }
    }
  g_assert_cmpuint (argmax_points, ==, 1);
  g_assert_cmpuint (argmin_points, ==, 1);
}

/* The Lorenz view reads both trajectories' positions and their distance;
 * at t = 0 they start ε = 10⁻⁹ apart at (1, 1, 1). */
static void
test_points_lorenz (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("complex");
  g_autofree char *first = NULL;

  g_assert_true (dlm_topic_set_param (topic, "view", "lorenz", NULL));
  render (topic);
  g_assert_cmpuint (dlm_topic_count_points (topic, NULL), ==, 101);
  first = point_text (topic, 0);
  g_assert_true (g_str_has_prefix (first, "t = 0"));
  g_assert_nonnull (strstr (first, "distance 1.00 × 10⁻⁹"));
  g_assert_nonnull (strstr (first, "run 1 at (1.00, 1.00, 1.00), run 2 at (1.00, 1.00, 1.00)"));
}

/* The cursor reads what the pointer would: the point's text is the probe's
 * at the point's own position. */
static void
test_points_match_probe (void)
{
  const char *ids[] = { "softmax", "matmul", "encoding", "entropy", "meanvar" };

  for (guint t = 0; t < G_N_ELEMENTS (ids); t++)
    {
      g_autoptr(DlmTopic) topic = dlm_topic_registry_new (ids[t]);
      DlmProbe point = { 0 }, probe = { 0 };

      render (topic);
      g_assert_true (dlm_topic_get_point (topic, 0, &point));
      g_assert_true (dlm_topic_probe (topic, point.x, point.y, &probe));
      g_assert_true (g_str_has_prefix (point.text, probe.text));
      dlm_probe_clear (&point);
      dlm_probe_clear (&probe);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/points/every-topic", test_points_every_topic);
  g_test_add_func ("/points/small-figures", test_points_small_figures);
  g_test_add_func ("/points/need-render", test_points_need_render);
  g_test_add_func ("/points/stale-after-change", test_points_stale_after_change);
  g_test_add_func ("/points/softmax", test_points_softmax);
  g_test_add_func ("/points/argmax", test_points_argmax);
  g_test_add_func ("/points/lorenz", test_points_lorenz);
  g_test_add_func ("/points/match-probe", test_points_match_probe);

  return g_test_run ();
}
