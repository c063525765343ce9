/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test"

#include "config.h"

#include <locale.h>

#include "dlm-layout.h"
#include "dlm-topic-registry.h"
#include "topic-test.h"

/* The layout check: every topic, every view, every theme, at a slide's,
 * a laptop's and a small window's size, with the plot kit's layout log
 * attached. A case fails when two text boxes overlap, text leaves the
 * canvas or its panel, text is below WCAG contrast against what it is
 * drawn on, is covered by something drawn after it or cut by a clip,
 * numbers use e notation, or a marker is cut by a clip. The problems are
 * listed in the test's log, one a line. */

typedef struct {
  const char *topic;
  const char *name;          /* for the test path */
  const char *assignments;   /* ";;"-separated key=value, applied to each view */
} Stress;

/* Inputs that push a figure: long and many names, wide numbers, negative
 * values, the middle of an animation. */
static const Stress stresses[] = {
  { "softmax", "10-classes", "logits=2.1, 0.3, -1.2, 4.4, 0.9, 1.7, -0.4, 3.3, 0.0, 2.8;;"
    "labels=airplane, automobile, bird, cat, deer, dog, frog, horse, ship, truck" },
  { "softmax", "50-classes", "logits=1 2 3 4 5 6 7 8 9 10 1 2 3 4 5 6 7 8 9 10 1 2 3 4 5 6 7 8 9 10 "
    "1 2 3 4 5 6 7 8 9 10 1 2 3 4 5 6 7 8 9 12;;labels=c00, c01, c02, c03, c04, c05, c06, c07, c08, "
    "c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22, c23, c24, c25, c26, c27, "
    "c28, c29, c30, c31, c32, c33, c34, c35, c36, c37, c38, c39, c40, c41, c42, c43, c44, c45, c46, "
    "c47, c48, c49" },
  { "softmax", "8-digits", "logits=12345678, -23456789, 12345679" },
  { "argmax", "10-classes", "values=0.05, 0.1, 0.02, 0.5, 0.08, 0.03, 0.07, 0.04, 0.06, 0.05;;"
    "labels=stop sign, yield sign, speed limit, pedestrian crossing, bicycle, car, truck, bus, "
    "traffic light, no entry" },
  { "argmax", "8-digits", "values=12345678, -23456789, 34567890, 0, -5" },
  { "encoding", "10-classes", "values=Drama, Comedy, Horror, Scifi, Kids, History, Romance, "
    "Thriller, Western, Documentary;;categories=" },
  { "entropy", "10-classes", "dist=0.3, 0.2, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05;;"
    "q=0.05, 0.1, 0.02, 0.5, 0.08, 0.03, 0.07, 0.04, 0.06, 0.05;;truth=3" },
  /* figures with a notice, which must keep clear of the title */
  { "entropy", "normalised", "dist=1, 2, 3;;q=1, 1, 2" },
  { "softmax", "few-labels", "labels=cat, dog" },
  { "meanvar", "all-equal", "data=5, 5, 5" },
  { "meanvar", "8-digits", "data=12345678, 23456789, 34567890, 45678901" },
  { "meanvar", "negative", "data=-8, -3, -5, -12, -1;;compare=-2, -4, -6" },
  { "dot", "8-digits", "v=12345678, -23456789, 3;;w=-1, 2, 34567890;;step=2" },
  { "matmul", "8-digits", "a=12345678 -2; 3 4;;b=1 2; -34567890 4;;step=2" },
  { "transpose", "mid-flip", "progress=0.5" },
  { "transpose", "8-digits", "matrix=12345678 -2; 3 -23456789" },
  { "sampling", "small-n", "n=1;;draws=3;;runs=5" },
  { "sampling", "8-digits", "mu=-999999.5;;sigma=12345.678" },
  { "complex", "mid-run", "progress=0.5;;projection=3d" },
  { "explog", "wide", "xmin=-50;;xmax=50;;base=10" },
  { "seeding", "integers", "distribution=integers;;low=-2147483648;;high=2147483647" },
  { "datatypes", "zoomed", "zoom=64" },
};

typedef struct {
  char         *path;
  char         *topic;
  char         *view;        /* NULL: the topic's default */
  char         *assignments;
  DlmThemeKind  theme;
  int           width, height;
  double        zoom;        /* the window's type zoom; 1 on the command line */
} Case;

static void
case_free (gpointer data)
{
  Case *c = data;

  g_free (c->path);
  g_free (c->topic);
  g_free (c->view);
  g_free (c->assignments);
  g_free (c);
}

/* The topic in the case's view with the case's inputs, or NULL (and the
 * reason) when the view does not take them (default_rng draws no
 * integers): the window would refuse them too. */
static DlmTopic *
case_topic (const Case  *c,
            GError     **error)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new (c->topic);
  g_auto(GStrv) list = c->assignments ? g_strsplit (c->assignments, ";;", -1) : NULL;

  if (c->view != NULL &&
      !dlm_topic_set_param (topic, DLM_TOPIC_GET_CLASS (topic)->slides_param, c->view, error))
    return NULL;
  if (list != NULL && !dlm_topic_apply (topic, (const char *const *) list, error))
    return NULL;
  return g_steal_pointer (&topic);
}

/* The type scale the window draws at: the zoom times the size's own
 * scale, but never so large that the figure has less room than an
 * 800 × 450 canvas (DlmPlotView's rule). */
static double
case_scale (const Case *c)
{
  double fitted = dlm_theme_auto_scale (c->width, c->height);
  double largest = MAX (fitted, MIN (c->width / 800.0, c->height / 450.0));

  return MIN (c->zoom * fitted, largest);
}

static GPtrArray *
case_problems (const Case *c,
               DlmTopic   *topic)
{
  g_autoptr(DlmLayoutLog) log = NULL;
  DlmTheme theme;

  dlm_theme_init (&theme, c->theme, case_scale (c));
  log = figure_log (topic, &theme, c->width, c->height, NULL);
  g_assert_cmpuint (dlm_layout_log_get_n_items (log), >, 0);
  return dlm_layout_log_check (log);
}

static void
test_layout_case (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmTopic) topic = case_topic (c, &error);
  g_autoptr(GPtrArray) problems = NULL;

  if (topic == NULL)
    {
      g_test_skip (error->message);
      return;
    }
  problems = case_problems (c, topic);
  for (guint i = 0; i < problems->len; i++)
    g_test_message ("%s", (const char *) problems->pdata[i]);
  if (problems->len > 0)
    g_test_fail_printf ("%u layout problems, the first: %s", problems->len,
                        (const char *) problems->pdata[0]);
}

static void
add_case (const char   *topic,
          const char   *view,
          const Stress *stress,
          DlmThemeKind  theme,
          int           width,
          int           height,
          double        zoom)
{
  Case *c = g_new0 (Case, 1);

  c->topic = g_strdup (topic);
  c->view = g_strdup (view);
  c->assignments = stress != NULL ? g_strdup (stress->assignments) : NULL;
  c->theme = theme;
  c->width = width;
  c->height = height;
  c->zoom = zoom;
  c->path = g_strdup_printf ("/layout/%s/%s%s%s/%s/%dx%d%s", topic, view ? view : "default",
                             stress ? "/" : "", stress ? stress->name : "",
                             dlm_theme_kind_to_string (theme), width, height,
                             zoom > 1 ? "/presenting" : "");
  g_test_add_data_func_full (c->path, c, test_layout_case, case_free);
}

static const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 }, { 800, 600 } };

/* Presentation mode: the figure of a 1920 × 1080 projector above its
 * formula card, and a 1280 × 720 one, at the room's zoom of 150 %. */
static const int presenting[][2] = { { 1896, 700 }, { 1256, 430 } };

static void
add_view_cases (const char   *topic,
                const char   *view,
                const Stress *stress)
{
  for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      add_case (topic, view, stress, theme, sizes[s][0], sizes[s][1], 1);
  for (guint s = 0; stress == NULL && s < G_N_ELEMENTS (presenting); s++)
    add_case (topic, view, NULL, DLM_THEME_PROJECTOR, presenting[s][0], presenting[s][1], 1.5);
}

static void
add_topic_cases (DlmTopic *topic)
{
  const char *id = dlm_topic_get_id (topic);
  g_auto(GStrv) views = dlm_topic_list_slides (topic);

  for (guint v = 0; views[v] != NULL; v++)
    {
      g_autoptr(GError) error = NULL;

      /* a view the defaults don't allow (dummy coding of one label) */
      if (!dlm_topic_set_param (topic, DLM_TOPIC_GET_CLASS (topic)->slides_param, views[v], &error))
        continue;
      add_view_cases (id, views[v], NULL);
      for (guint s = 0; s < G_N_ELEMENTS (stresses); s++)
        if (g_str_equal (stresses[s].topic, id))
          add_view_cases (id, views[v], &stresses[s]);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint n_topics;
  const DlmTopicTypeFunc *types;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  types = dlm_topic_registry_get (&n_topics);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      add_topic_cases (topic);
    }

  return g_test_run ();
}
