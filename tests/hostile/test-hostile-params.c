/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo.h>
#include <math.h>
#include <string.h>

#include "dlm-topic-registry.h"
#include "hostile.h"
#include "topic-test.h"

/* Every parameter of every topic, as the topics list them, with values
 * built for it at run time: empty, NaN, ±∞, 1e308 pairs, just outside and
 * just inside its range, 2³¹, 2⁶³, 2⁶⁴, −1, hex, Unicode digits, 100 kB of
 * text, bytes that are not UTF-8, and for lists and matrices 1,,3, [1, 2]],
 * a matrix for a vector and a million entries.
 *
 * The whole matrix runs in this process, through the topic API the command
 * line uses (the sanitizer build starts a process slowly); a refusal must
 * name the field in a short message and keep the topic as it was, an
 * accepted value must be drawn, written and described in every view with
 * no CRITICAL or WARNING (fatal here). A slice of it, one parameter of each
 * kind, runs through the real binary too, with its exit status, stderr
 * and the files it leaves. */

/* What kind of field a parameter is, from --list-params' type and, for
 * text, from what it says it accepts. */
typedef enum {
  KIND_INTEGER,
  KIND_NUMBER,
  KIND_CHOICE,
  KIND_BOOLEAN,
  KIND_LIST,      /* text: a list of numbers */
  KIND_MATRIX,    /* text: a matrix of numbers */
  KIND_TEXT,      /* text: labels, a file name, a Python literal */
  N_KINDS
} Kind;

typedef enum {
  EXPECT_EITHER,   /* drawn, or refused naming the field */
  EXPECT_REFUSE,   /* refused naming the field */
  EXPECT_INSIDE,   /* passes the field's own check (a rule across fields may refuse it) */
} Expect;

typedef struct {
  char   *label;   /* for reports: the value, or what it is */
  char   *text;
  Expect  expect;
  gboolean slice;  /* also run through the binary (see test_binary) */
} Value;

static Kind
kind_of (const DlmParamInfo *info)
{
  static const char *const types[] = { "integer", "number", "choice", "boolean" };

  for (guint k = 0; k < G_N_ELEMENTS (types); k++)
    if (g_str_equal (info->type, types[k]))
      return (Kind) k;
  if (strstr (info->accepted, "number") == NULL && strstr (info->accepted, "probabilit") == NULL)
    return KIND_TEXT;
  if (strstr (info->accepted, "matrix") != NULL || strstr (info->accepted, "rows") != NULL)
    return KIND_MATRIX;
  return KIND_LIST;
}

static gboolean
is_numeric (Kind kind)
{
  return kind != KIND_TEXT;
}

static void
value_clear (gpointer data)
{
  Value *v = data;

  g_free (v->label);
  g_free (v->text);
}

static void
add_value (GArray     *values,
           const char *label,
           const char *text,
           Expect      expect)
{
  Value v = { g_strdup (label != NULL ? label : text), g_strdup (text), expect };

  g_array_append_val (values, v);
}

static char *
repeat (const char *piece,
        guint       times)
{
  GString *s = g_string_sized_new (strlen (piece) * times);

  for (guint i = 0; i < times; i++)
    g_string_append (s, piece);
  return g_string_free (s, FALSE);
}

/* A plain decimal number against an integer or number field's range: a
 * finite, whole (for integers) number inside it passes the field's own
 * check, anything else is refused. */
static Expect
expect_number (GParamSpec *pspec,
               const char *text)
{
  char *end = NULL;
  double d = g_ascii_strtod (text, &end);
  double lo, hi;

  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      lo = G_PARAM_SPEC_INT (pspec)->minimum;
      hi = G_PARAM_SPEC_INT (pspec)->maximum;
      if (d != floor (d))
        return EXPECT_REFUSE;
    }
  else
    {
      lo = G_PARAM_SPEC_DOUBLE (pspec)->minimum;
      hi = G_PARAM_SPEC_DOUBLE (pspec)->maximum;
    }
  if (end == text || *end != '\0' || !isfinite (d) || d < lo || d > hi)
    return EXPECT_REFUSE;
  /* a bound itself may be left out ("greater than 0") */
  return d == lo || d == hi ? EXPECT_EITHER : EXPECT_INSIDE;
}

/* Values that overflow an int, a double, or say nothing a number can. */
static void
add_number_values (GArray     *values,
                   GParamSpec *pspec)
{
  static const char *const plain[] = {
    "1e308", "-1e308", "1e309", "1e300", "-1e300", "-1e19", "2147483648", "-2147483649", "9223372036854775808",
    "18446744073709551616", "-1", "0", "2.5", "1e-320", "-0", NULL
  };

  for (guint i = 0; plain[i] != NULL; i++)
    add_value (values, NULL, plain[i], expect_number (pspec, plain[i]));
}

static void
add_bound (GArray     *values,
           GParamSpec *pspec,
           double      x)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (isfinite (x))
    {
      g_ascii_formatd (text, sizeof text, "%.17g", x);
      add_value (values, NULL, text, expect_number (pspec, text));
    }
}

/* Just outside and just inside each end of the field's own range. */
static void
add_range_values (GArray     *values,
                  GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      GParamSpecInt *s = G_PARAM_SPEC_INT (pspec);

      add_bound (values, pspec, (double) s->minimum - 1);
      add_bound (values, pspec, s->minimum);
      add_bound (values, pspec, s->maximum);
      add_bound (values, pspec, (double) s->maximum + 1);
    }
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    {
      GParamSpecDouble *s = G_PARAM_SPEC_DOUBLE (pspec);
      double span = s->maximum - s->minimum;
      double step = MAX (span * 1e-6, 1e-9);

      add_bound (values, pspec, s->minimum - MAX (fabs (s->minimum) * 1e-6, 1e-9));
      add_bound (values, pspec, s->minimum);
      add_bound (values, pspec, s->minimum + step);
      add_bound (values, pspec, s->maximum - step);
      add_bound (values, pspec, s->maximum);
      add_bound (values, pspec, s->maximum + MAX (fabs (s->maximum) * 1e-6, 1e-9));
    }
}

static void
add_choice_values (GArray     *values,
                   GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;

      for (guint i = 0; i < klass->n_values; i++)
        add_value (values, NULL, klass->values[i].value_nick, EXPECT_INSIDE);
    }
  else
    {
      add_value (values, NULL, "true", EXPECT_INSIDE);
      add_value (values, NULL, "false", EXPECT_INSIDE);
    }
  add_value (values, NULL, "bogus", EXPECT_REFUSE);
}

/* Text that no field of numbers or choices takes; a text field may. */
static void
add_text_values (GArray *values,
                 Kind    kind)
{
  static const char *const refused_by_numbers[] = {
    "", " ", "nan", "-nan", "inf", "-inf", "0x10", "\xd9\xa3" /* ٣ */,
    "\xef\xbc\x91" /* １ */, "1,,3", "[1, 2]]", NULL
  };
  static const char *const huge_lists[] = {
    "1e308, -1e308", "1.7e308, 1.7e308", "1e308, 1e308, 1e308", "5e-324, -5e-324", NULL
  };
  Expect numeric = is_numeric (kind) ? EXPECT_REFUSE : EXPECT_EITHER;
  g_autofree char *long_text = repeat ("1", 100000);
  g_autofree char *long_list = repeat ("1, ", 34000);
  g_autofree char *million = repeat ("0 ", 1000000);

  for (guint i = 0; refused_by_numbers[i] != NULL; i++)
    {
      /* an empty list can mean "none" (a comparison left out) */
      gboolean empty = refused_by_numbers[i][strspn (refused_by_numbers[i], " ")] == '\0';
      add_value (values, empty ? (i ? "blank" : "empty") : NULL, refused_by_numbers[i],
                 empty && kind >= KIND_LIST ? EXPECT_EITHER : numeric);
    }
  /* finite numbers whose spans, sums or squares are not: drawn sensibly
   * or refused, never a CRITICAL or a broken figure */
  for (guint i = 0; huge_lists[i] != NULL; i++)
    add_value (values, NULL, huge_lists[i], kind >= KIND_LIST ? EXPECT_EITHER : EXPECT_REFUSE);
  add_value (values, NULL, "[[1, 2], [3, 4]]",
             kind == KIND_MATRIX || kind == KIND_TEXT ? EXPECT_EITHER : EXPECT_REFUSE);
  add_value (values, "100 kB of 1", long_text, numeric);
  add_value (values, "100 kB of '1, '", long_list, numeric);
  add_value (values, "a million entries", million, numeric);
  add_value (values, "bytes that are not UTF-8", "1\xff\xfe", EXPECT_REFUSE);
}

/* The values for @pspec, a parameter of @kind. */
static GArray *
values_for (GParamSpec *pspec,
            Kind        kind)
{
  static const char *const slice_labels[] = {
    "empty", "nan", "-inf", "0x10", "\xd9\xa3", "1,,3", "[1, 2]]", "[[1, 2], [3, 4]]",
    "1e308, -1e308", "18446744073709551616", "100 kB of 1", "bytes that are not UTF-8", NULL
  };
  GArray *values = g_array_new (FALSE, TRUE, sizeof (Value));
  guint first;

  g_array_set_clear_func (values, value_clear);
  add_text_values (values, kind);
  if (kind == KIND_INTEGER || kind == KIND_NUMBER)
    add_number_values (values, pspec);
  first = values->len;
  if (kind == KIND_INTEGER || kind == KIND_NUMBER)
    add_range_values (values, pspec);
  else if (kind == KIND_CHOICE || kind == KIND_BOOLEAN)
    add_choice_values (values, pspec);
  /* the range and the choices, and what each kind of text must refuse */
  for (guint i = 0; i < values->len; i++)
    {
      Value *v = &g_array_index (values, Value, i);
      v->slice = i >= first || g_strv_contains (slice_labels, v->label);
    }
  return values;
}

/* ---- known failures ------------------------------------------------------ */

/* Cases that fail until a fix elsewhere lands; "TOPIC KEY=VALUE" as the
 * failure reports spell them. Empty this table as they pass. */
static const HostileKnown known_in_process[] = {
};

/* The same through the binary (its slice of the values). */
static const HostileKnown known_binary[] = {
};

/* ---- in process ---------------------------------------------------------- */

typedef struct {
  HostileFailures *failures;
  guint            cases;      /* atomic */
  guint            accepted;   /* atomic */
} Tally;

/* Accepted input finishes in about 5 s on the machine it is meant for
 * (the Lorenz solver's step limit takes about that); twice that here, so a
 * loaded machine does not fail it, while unbounded work (38 s, minutes)
 * still does. The sanitizers slow everything down about five times. */
static double
time_limit_s (void)
{
  return hostile_sanitized () ? 50 : 10;
}

/* An accepted value drawn, written and described: every output of the
 * topic, in each of its views. */
static char *
exercise_outputs (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 240, 160);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *summary = NULL, *csv = NULL, *words = NULL;
  cairo_status_t status;
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_DARK, dlm_theme_auto_scale (240, 160));
  dlm_topic_render (topic, cr, &theme, 240, 160);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  summary = dlm_topic_to_summary (topic);
  csv = dlm_topic_to_csv (topic);
  words = dlm_topic_describe (topic);
  if (status != CAIRO_STATUS_SUCCESS)
    return g_strdup_printf ("drawing failed: %s", cairo_status_to_string (status));
  /* a run with no result (a Lorenz blow-up, out of solver steps) has no
   * rows; its summary says so and the command line refuses it, exit 2 */
  if (summary != NULL && (strstr (summary, "blow_up_t=") || strstr (summary, "step_limit_t=")))
    return NULL;
  if (summary == NULL || csv == NULL || words == NULL || *csv == '\0' ||
      !g_utf8_validate (words, -1, NULL) || *words == '\0')
    return g_strdup ("its summary, CSV or description is missing");
  return NULL;
}

static char *
exercise_views (DlmTopic     *topic,
                DlmParamInfo *view)
{
  g_auto(GStrv) nicks = view != NULL ? g_strsplit (view->accepted, "|", -1) : NULL;
  g_autofree char *was = view != NULL ? dlm_topic_get_param_text (topic, view->name) : NULL;
  char *problem = NULL;

  if (view == NULL)
    return exercise_outputs (topic);
  for (guint i = 0; nicks[i] != NULL && problem == NULL; i++)
    {
      g_autofree char *p = NULL;

      /* a view may refuse the state (a rule across fields): nothing to draw */
      if (!dlm_topic_set_param (topic, view->name, nicks[i], NULL))
        continue;
      if ((p = exercise_outputs (topic)) != NULL)
        problem = g_strdup_printf ("in view %s: %s", nicks[i], p);
    }
  g_assert_true (dlm_topic_set_param (topic, view->name, was, NULL));
  return problem;
}

static void
count_notify (guint *n)
{
  (*n)++;
}

/* A refusal: a short message naming the field, the topic kept as it was,
 * and, for a value inside the field's own range, refused only by a rule
 * across fields after it was taken (so it was set, then restored). */
static char *
judge_refusal (const Value  *v,
               const char   *key,
               const GError *error,
               gboolean      was_set,
               gboolean      kept)
{
  g_autofree char *line = g_strdup_printf ("dlmath: %s\n", error->message);
  g_autofree char *bad = hostile_check_message (line, key);
  g_autofree char *shown = hostile_describe_value (error->message, 200);

  if (bad != NULL || (bad = hostile_check_quote (line, v->text)) != NULL)
    return g_strdup_printf ("%s: %s", bad, shown);
  if (!kept)
    return g_strdup ("refused, but the field's value changed");
  if (v->expect == EXPECT_INSIDE && !was_set)
    return g_strdup_printf ("inside the field's range, refused: %s", shown);
  return NULL;
}

static void
check_value (DlmTopic     *topic,
             DlmParamInfo *info,
             DlmParamInfo *view,
             const Value  *v,
             Tally        *tally)
{
  g_autofree char *signal = g_strconcat ("notify::", info->name, NULL);
  g_autofree char *before = dlm_topic_get_param_text (topic, info->name);
  g_autofree char *after = NULL, *problem = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint notified = 0;
  gulong handler = g_signal_connect_swapped (topic, signal, G_CALLBACK (count_notify), &notified);
  gboolean ok = dlm_topic_set_param (topic, info->name, v->text, &error);

  g_signal_handler_disconnect (topic, handler);
  after = dlm_topic_get_param_text (topic, info->name);
  g_atomic_int_inc (&tally->cases);
  if (!ok)
    problem = judge_refusal (v, info->name, error, notified > 0, g_strcmp0 (before, after) == 0);
  else if (v->expect == EXPECT_REFUSE)
    problem = g_strdup ("accepted");
  else
    {
      g_atomic_int_inc (&tally->accepted);
      problem = exercise_views (topic, view);
      if (problem == NULL && g_get_monotonic_time () - start > time_limit_s () * G_USEC_PER_SEC)
        problem = g_strdup_printf ("took %.1f s", (g_get_monotonic_time () - start) / 1e6);
      g_assert_true (dlm_topic_set_param (topic, info->name, before, NULL));
    }
  if (problem != NULL)
    {
      g_autofree char *shown = hostile_describe_value (v->label, 24);
      g_autofree char *id = g_strdup_printf ("%s %s=%s", dlm_topic_get_id (topic), info->name, shown);

      hostile_failures_add (tally->failures, id, "%s", problem);
    }
}

/* One parameter of one topic, on a topic of its own: the parameters run
 * two at a time (the Lorenz solver's limits take seconds each). */
typedef struct {
  GType  type;
  guint  index;
  Tally *tally;
} ParamJob;

static void
check_param (gpointer data,
             gpointer user_data)
{
  ParamJob *job = data;
  g_autoptr(DlmTopic) topic = g_object_new (job->type, NULL);
  g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);
  g_autoptr(DlmParamInfo) view = topic_view_param (topic);
  DlmParamInfo *info = g_ptr_array_index (params, job->index);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), info->name);
  g_autoptr(GArray) values = values_for (pspec, kind_of (info));
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < values->len; i++)
    check_value (topic, info, view, &g_array_index (values, Value, i), job->tally);
  g_test_message ("%s %s: %.1f s", dlm_topic_get_id (topic), info->name,
                  (g_get_monotonic_time () - start) / 1e6);
  g_free (job);
}

static void
test_in_process (void)
{
  guint n = 0, n_params = 0;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);
  Tally tally = { hostile_failures_new (known_in_process, G_N_ELEMENTS (known_in_process)) };
  GThreadPool *pool = g_thread_pool_new (check_param, NULL, 2, TRUE, NULL);

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

      for (guint p = 0; p < params->len; p++, n_params++)
        {
          ParamJob *job = g_new0 (ParamJob, 1);

          *job = (ParamJob) { types[t] (), p, &tally };
          g_thread_pool_push (pool, job, NULL);
        }
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  g_test_message ("%u parameters, %u cases, %u accepted", n_params, tally.cases, tally.accepted);
  /* 13 topics of several parameters, ~30 values each: a matrix that
   * shrank to nothing would pass with no check */
  g_assert_cmpuint (n, >=, 13);
  g_assert_cmpuint (tally.cases, >, 100 * n);
  g_assert_cmpuint (tally.accepted, >, 10 * n);
  hostile_failures_check (tally.failures);
}

/* ---- through the binary --------------------------------------------------- */

typedef struct {
  char            *topic;
  char            *key;
  Value            value;
  HostileFailures *failures;
} BinaryCase;

static void
binary_case_free (BinaryCase *c)
{
  g_free (c->topic);
  g_free (c->key);
  value_clear (&c->value);
  g_free (c);
}

/* What is wrong with one run of the binary, or NULL: exit 2 with a short
 * message naming the key, or (a value it may take) exit 0 with nothing on
 * stderr; the figure written only then, and nothing else left behind. */
static char *
judge_binary (const BinaryCase *c,
              const HostileRun *run,
              const char       *listing)
{
  g_autofree char *bad = NULL;

  if (run->killed)
    return g_strdup ("killed after its deadline");
  if (run->status == 0 && c->value.expect != EXPECT_REFUSE)
    return *run->err != '\0' ? g_strdup ("exit 0 with stderr")
           : g_str_equal (listing, "x.png\n") ? NULL
           : g_strdup_printf ("exit 0, but the directory holds: %s", listing);
  if (run->status != 2)
    return g_strdup_printf ("exit %d", run->status);
  if ((bad = hostile_check_message (run->err, c->key)) != NULL ||
      (bad = hostile_check_quote (run->err, c->value.text)) != NULL)
    return g_steal_pointer (&bad);
  if (*listing != '\0')
    return g_strdup_printf ("refused, but left: %s", listing);
  return NULL;
}

static void
run_binary_case (gpointer data,
                 gpointer user_data)
{
  BinaryCase *c = data;
  g_autofree char *dir = hostile_temp_dir ();
  g_autofree char *png = g_build_filename (dir, "x.png", NULL);
  g_autofree char *set = g_strdup_printf ("%s=%s", c->key, c->value.text);
  const char *args[] = { "--topic", c->topic, "--set", set, "--size", "320x240", "--export", png, NULL };
  HostileSpawn how = { .deadline_s = 10 * time_limit_s () };
  g_autoptr(HostileRun) run = hostile_run (&how, args);
  g_autofree char *listing = hostile_list_dir (dir);
  g_autofree char *problem = judge_binary (c, run, listing);

  if (problem == NULL && run->wall_us > time_limit_s () * G_USEC_PER_SEC)
    problem = g_strdup_printf ("took %.1f s", run->wall_us / 1e6);
  if (problem != NULL)
    {
      g_autofree char *shown = hostile_describe_value (c->value.label, 24);
      g_autofree char *id = g_strdup_printf ("binary: %s %s=%s", c->topic, c->key, shown);

      hostile_failures_add_run (c->failures, id, problem, run);
    }
  hostile_remove_dir (dir);
  binary_case_free (c);
}

/* Queues the slice of @info's values for the binary; a million entries
 * stay in process (one argument may hold at most 128 kB). */
static guint
queue_binary_cases (GThreadPool     *pool,
                    DlmTopic        *topic,
                    DlmParamInfo    *info,
                    HostileFailures *failures)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), info->name);
  g_autoptr(GArray) values = values_for (pspec, kind_of (info));
  guint queued = 0;

  for (guint i = 0; i < values->len; i++)
    {
      Value *v = &g_array_index (values, Value, i);
      BinaryCase *c;

      if (!v->slice)
        continue;
      c = g_new0 (BinaryCase, 1);
      c->topic = g_strdup (dlm_topic_get_id (topic));
      c->key = g_strdup (info->name);
      c->value = *v;
      *v = (Value) { NULL };
      c->failures = failures;
      g_thread_pool_push (pool, c, NULL);
      queued++;
    }
  return queued;
}

/* The first parameter of each kind, in the topics' order, through the real
 * binary: what only a process shows (exit status, stderr, files). */
static void
test_binary (void)
{
  guint n = 0, queued = 0;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);
  gboolean seen[N_KINDS] = { FALSE };
  HostileFailures *failures = hostile_failures_new (known_binary, G_N_ELEMENTS (known_binary));
  GThreadPool *pool = g_thread_pool_new (run_binary_case, NULL, 4, TRUE, NULL);

  for (guint t = 0; t < n; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

      for (guint p = 0; p < params->len; p++)
        {
          DlmParamInfo *info = g_ptr_array_index (params, p);
          Kind kind = kind_of (info);

          if (!seen[kind])
            queued += queue_binary_cases (pool, topic, info, failures);
          seen[kind] = TRUE;
        }
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint k = 0; k < N_KINDS; k++)
    g_assert_true (seen[k]);
  g_test_message ("%u runs", queued);
  g_assert_cmpuint (queued, >, 10 * N_KINDS);
  hostile_failures_check (failures);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/hostile/params/in-process", test_in_process);
  g_test_add_func ("/hostile/params/binary", test_binary);
  return g_test_run ();
}
