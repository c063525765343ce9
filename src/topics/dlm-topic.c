/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-notebook.h"
#include "dlm-parse.h"
#include "dlm-topic.h"

typedef struct
{
  guint         seed;
  /* heavy work, see dlm_topic_compute() */
  gboolean      background;
  gboolean      computing;
  double        progress;
  GCancellable *cancellable;   /* of the work under way, or NULL */
  /* the keyboard cursor's points, see dlm_topic_count_points() */
  double        render_width;
  double        render_height;
  gboolean      points_stale;    /* changed since the last render */
  gboolean      points_checked;
  gboolean      points_placed;
} DlmTopicPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DlmTopic, dlm_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEED,
  PROP_COMPUTING,
  PROP_PROGRESS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- parameters -------------------------------------------------------- */

static gboolean
is_parameter (GParamSpec *pspec)
{
  return pspec->owner_type != DLM_TYPE_TOPIC && (pspec->flags & G_PARAM_WRITABLE);
}

static GParamSpec *
find_parameter (DlmTopic    *self,
                const char  *key,
                GError     **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key);
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GString) names = NULL;
  g_autofree char *quoted = NULL;

  if (pspec != NULL && is_parameter (pspec))
    return pspec;

  params = dlm_topic_list_params (self);
  names = g_string_new (NULL);
  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_string_append_printf (names, "%s%s", i ? ", " : "", info->name);
    }
  quoted = dlm_quote_input (key);
  g_set_error (error, DLM_ERROR, DLM_ERROR_UNKNOWN_KEY,
               _("“%s” is not a parameter of topic %s; accepted: %s"),
               quoted, dlm_topic_get_id (self), names->str);
  return NULL;
}

/* A limit as people write it and the number grammar reads it back:
 * "0.05", "100", "1e6" (not printf's "1e+06"). */
static char *
limit_text (double limit)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  GString *text = g_string_new (g_ascii_formatd (buf, sizeof buf, "%.6g", limit));
  char *e = strchr (text->str, 'e');

  if (e != NULL)
    {
      gsize at = e - text->str + 1;

      if (text->str[at] == '+')
        g_string_erase (text, at, 1);
      else if (text->str[at] == '-')
        at++;
      while (text->str[at] == '0' && text->str[at + 1] != '\0')
        g_string_erase (text, at, 1);
    }
  return g_string_free (text, FALSE);
}

static char *
accepted_text (GParamSpec *pspec)
{
  const char *blurb = g_param_spec_get_blurb (pspec);

  /* a parameter's blurb, when it has one, says in words what it accepts */
  if (blurb != NULL && *blurb != '\0' && g_strcmp0 (blurb, pspec->name) != 0)
    return g_strdup (_(blurb));

  if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    {
      GParamSpecDouble *d = G_PARAM_SPEC_DOUBLE (pspec);
      g_autofree char *lo = limit_text (d->minimum);
      g_autofree char *hi = limit_text (d->maximum);

      /* TRANSLATORS: a range of accepted numbers, "0.05 to 100" */
      return g_strdup_printf (_("%s to %s"), lo, hi);
    }
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      g_autofree char *lo = g_strdup_printf ("%d", G_PARAM_SPEC_INT (pspec)->minimum);
      g_autofree char *hi = g_strdup_printf ("%d", G_PARAM_SPEC_INT (pspec)->maximum);

      return g_strdup_printf (_("%s to %s"), lo, hi);
    }
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumClass *klass = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      g_autoptr(GString) s = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (s, "%s%s", i ? "|" : "", klass->values[i].value_nick);
      return g_string_free (g_steal_pointer (&s), FALSE);
    }
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return g_strdup ("true|false");
  return g_strdup ("text");
}

static const char *
type_name (GParamSpec *pspec)
{
  if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    return "number";
  if (G_IS_PARAM_SPEC_INT (pspec))
    return "integer";
  if (G_IS_PARAM_SPEC_ENUM (pspec))
    return "choice";
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return "boolean";
  return "text";
}

static char *
value_to_text (const GValue *value)
{
  if (G_VALUE_HOLDS_DOUBLE (value))
    return dlm_format_number_shortest (g_value_get_double (value));
  if (G_VALUE_HOLDS_INT (value))
    return g_strdup_printf ("%d", g_value_get_int (value));
  if (G_VALUE_HOLDS_ENUM (value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (G_VALUE_TYPE (value));
      GEnumValue *v = g_enum_get_value (klass, g_value_get_enum (value));
      return g_strdup (v != NULL ? v->value_nick : "");
    }
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_VALUE_HOLDS_STRING (value))
    return g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
  return g_strdup ("");
}

/* An integer parameter takes a whole number written plainly ("12") or as a
 * number ("1e3", "12.0"). Whole and in range are both checked on the
 * double before it is converted: converting a double outside int's range
 * (1e300, 2⁶⁴) is undefined behaviour, so no cast may come first. */
static gboolean
parse_integer (GParamSpec  *pspec,
               const char  *text,
               GValue      *value,
               GError     **error)
{
  GParamSpecInt *spec = G_PARAM_SPEC_INT (pspec);
  g_autofree char *accepted = accepted_text (pspec);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  double d;

  if (!dlm_parse_double_in (pspec->name, text, -G_MAXDOUBLE, G_MAXDOUBLE, accepted, &d, error))
    return FALSE;
  if (d != floor (d))
    {
      g_autofree char *quoted = dlm_quote_input (stripped);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s: “%s” is not a whole number; accepted: %s"),
                   pspec->name, quoted, accepted);
      return FALSE;
    }
  if (d < spec->minimum || d > spec->maximum)
    {
      dlm_set_range_error (error, pspec->name, stripped, d > spec->maximum, accepted);
      return FALSE;
    }
  g_value_set_int (value, (int) d);
  return TRUE;
}

static gboolean
parse_number (GParamSpec  *pspec,
              const char  *text,
              GValue      *value,
              GError     **error)
{
  GParamSpecDouble *spec = G_PARAM_SPEC_DOUBLE (pspec);
  g_autofree char *accepted = accepted_text (pspec);
  double d;

  if (!dlm_parse_double_in (pspec->name, text, spec->minimum, spec->maximum, accepted, &d, error))
    return FALSE;
  g_value_set_double (value, d);
  return TRUE;
}

static gboolean
parse_choice (GParamSpec  *pspec,
              const char  *text,
              GValue      *value,
              GError     **error)
{
  g_autofree char *accepted = accepted_text (pspec);
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *quoted = NULL;

  if (G_IS_PARAM_SPEC_ENUM (pspec))
    {
      GEnumValue *v = g_enum_get_value_by_nick (G_PARAM_SPEC_ENUM (pspec)->enum_class, stripped);
      if (v != NULL)
        {
          g_value_set_enum (value, v->value);
          return TRUE;
        }
    }
  else if (g_strv_contains ((const char *[]) { "true", "1", "yes", NULL }, stripped) ||
           g_strv_contains ((const char *[]) { "false", "0", "no", NULL }, stripped))
    {
      g_value_set_boolean (value, g_strv_contains ((const char *[]) { "true", "1", "yes", NULL }, stripped));
      return TRUE;
    }

  quoted = dlm_quote_input (stripped);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: “%s” is not accepted; accepted: %s"), pspec->name, quoted, accepted);
  return FALSE;
}

/* Turns the text of one assignment into a GValue of the parameter's type,
 * checking it fully; nothing is stored yet. */
static gboolean
parse_value (DlmTopic    *self,
             GParamSpec  *pspec,
             const char  *text,
             GValue      *value,
             GError     **error)
{
  g_value_init (value, pspec->value_type);

  if (G_IS_PARAM_SPEC_INT (pspec))
    return parse_integer (pspec, text, value, error);
  if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    return parse_number (pspec, text, value, error);
  if (G_IS_PARAM_SPEC_ENUM (pspec) || G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return parse_choice (pspec, text, value, error);

  if (DLM_TOPIC_GET_CLASS (self)->check_text != NULL &&
      !DLM_TOPIC_GET_CLASS (self)->check_text (self, pspec, text, error))
    return FALSE;
  g_value_set_string (value, text);
  return TRUE;
}

typedef struct {
  GParamSpec *pspec;
  GValue      new_value;
  GValue      old_value;
} Assignment;

static void
assignment_clear (gpointer data)
{
  Assignment *a = data;

  if (G_IS_VALUE (&a->new_value))
    g_value_unset (&a->new_value);
  if (G_IS_VALUE (&a->old_value))
    g_value_unset (&a->old_value);
}

static gboolean
parse_assignment (DlmTopic    *self,
                  const char  *assignment,
                  Assignment  *out,
                  GError     **error)
{
  const char *eq = strchr (assignment, '=');
  g_autofree char *key = NULL;

  if (eq == NULL || eq == assignment)
    {
      g_autofree char *quoted = dlm_quote_input (assignment);

      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--set: “%s” is not of the form KEY=VALUE"), quoted);
      return FALSE;
    }
  key = g_strstrip (g_strndup (assignment, eq - assignment));
  out->pspec = find_parameter (self, key, error);
  if (out->pspec == NULL)
    return FALSE;
  return parse_value (self, out->pspec, eq + 1, &out->new_value, error);
}

static void
set_all (DlmTopic *self,
         GArray   *assignments,
         gboolean  restore)
{
  for (guint i = 0; i < assignments->len; i++)
    {
      Assignment *a = &g_array_index (assignments, Assignment, i);
      g_object_set_property (G_OBJECT (self), a->pspec->name,
                             restore ? &a->old_value : &a->new_value);
    }
}

/* Applies "key=value" assignments all together: every value is parsed and
 * checked first, then all are set, then the topic checks the state as a
 * whole (e.g. xmin < xmax). If anything fails, the topic is left exactly as
 * it was and @error says which field is wrong and what it accepts. */
gboolean
dlm_topic_apply (DlmTopic           *self,
                 const char *const  *assignments,
                 GError            **error)
{
  g_autoptr(GArray) parsed = g_array_new (FALSE, TRUE, sizeof (Assignment));
  DlmTopicClass *klass;
  gboolean ok = TRUE;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);

  klass = DLM_TOPIC_GET_CLASS (self);
  g_array_set_clear_func (parsed, assignment_clear);
  for (guint i = 0; assignments != NULL && assignments[i] != NULL; i++)
    {
      Assignment *a;

      g_array_set_size (parsed, parsed->len + 1);
      a = &g_array_index (parsed, Assignment, parsed->len - 1);
      if (!parse_assignment (self, assignments[i], a, error))
        return FALSE;
      g_value_init (&a->old_value, a->pspec->value_type);
      g_object_get_property (G_OBJECT (self), a->pspec->name, &a->old_value);
    }

  g_object_freeze_notify (G_OBJECT (self));
  set_all (self, parsed, FALSE);
  if (klass->check_state != NULL && !klass->check_state (self, error))
    {
      /* restore in reverse so repeated keys end on their first old value */
      for (guint i = parsed->len; i-- > 0;)
        {
          Assignment *a = &g_array_index (parsed, Assignment, i);
          g_object_set_property (G_OBJECT (self), a->pspec->name, &a->old_value);
        }
      ok = FALSE;
    }
  g_object_thaw_notify (G_OBJECT (self));
  return ok;
}

gboolean
dlm_topic_set_param (DlmTopic    *self,
                     const char  *key,
                     const char  *text,
                     GError     **error)
{
  g_autofree char *assignment = NULL;
  const char *assignments[2] = { NULL, NULL };

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (key != NULL && text != NULL, FALSE);

  assignment = g_strconcat (key, "=", text, NULL);
  assignments[0] = assignment;
  return dlm_topic_apply (self, assignments, error);
}

void
dlm_param_info_free (DlmParamInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->name);
  g_free (info->type);
  g_free (info->default_value);
  g_free (info->accepted);
  g_free (info);
}

/* The topic's parameters in the order the class installed them. */
GPtrArray *
dlm_topic_list_params (DlmTopic *self)
{
  GPtrArray *params = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_param_info_free);
  g_autofree GParamSpec **pspecs = NULL;
  guint n = 0;

  g_return_val_if_fail (DLM_IS_TOPIC (self), params);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (self), &n);
  for (guint i = 0; i < n; i++)
    {
      DlmParamInfo *info;

      if (!is_parameter (pspecs[i]))
        continue;
      info = g_new0 (DlmParamInfo, 1);
      info->name = g_strdup (pspecs[i]->name);
      info->type = g_strdup (type_name (pspecs[i]));
      info->default_value = value_to_text (g_param_spec_get_default_value (pspecs[i]));
      info->accepted = accepted_text (pspecs[i]);
      g_ptr_array_add (params, info);
    }
  return params;
}

char *
dlm_topic_get_param_text (DlmTopic   *self,
                          const char *key)
{
  GParamSpec *pspec;
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), key);
  g_return_val_if_fail (pspec != NULL, NULL);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (self), key, &value);
  return value_to_text (&value);
}

/* ---- heavy work ---------------------------------------------------------- */

/* One piece of work under way on a worker thread. The worker only reads
 * job and cancellable and writes the progress counters; everything else
 * happens on the topic's thread. */
typedef struct {
  gatomicrefcount  ref;
  gpointer         job;
  GDestroyNotify   job_free;
  GCancellable    *cancellable;
  GMainContext    *context;
  GWeakRef         topic;
  int              permille;        /* atomic: progress × 1000 */
  int              update_queued;   /* atomic: a progress update is on its way */
} ComputeTask;

static ComputeTask *
compute_task_ref (ComputeTask *ct)
{
  g_atomic_ref_count_inc (&ct->ref);
  return ct;
}

static void
compute_task_unref (gpointer data)
{
  ComputeTask *ct = data;

  if (!g_atomic_ref_count_dec (&ct->ref))
    return;
  if (ct->job != NULL)
    ct->job_free (ct->job);
  g_clear_object (&ct->cancellable);
  g_main_context_unref (ct->context);
  g_weak_ref_clear (&ct->topic);
  g_free (ct);
}

gboolean
dlm_topic_can_compute (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  return DLM_TOPIC_GET_CLASS (self)->compute_run != NULL;
}

static void
set_computing (DlmTopic *self,
               gboolean  computing,
               double    progress)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  if (priv->progress != progress)
    {
      priv->progress = progress;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROGRESS]);
    }
  if (priv->computing != computing)
    {
      priv->computing = computing;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTING]);
    }
}

/* Computes on this thread if the topic's result is not current. */
void
dlm_topic_compute (DlmTopic *self)
{
  DlmTopicClass *klass;
  gpointer job;

  g_return_if_fail (DLM_IS_TOPIC (self));

  klass = DLM_TOPIC_GET_CLASS (self);
  if (klass->compute_prepare == NULL || !(job = klass->compute_prepare (self)))
    return;
  klass->compute_finish (self, job, klass->compute_run (job, NULL, NULL));
  klass->compute_free (job);
}

/* Drawing, writing and describing compute first, unless the window has
 * the work done in the background. */
static void
ensure_computed (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  if (!priv->background)
    dlm_topic_compute (self);
}

static gboolean
deliver_progress (gpointer data)
{
  ComputeTask *ct = data;
  g_autoptr(DlmTopic) self = g_weak_ref_get (&ct->topic);
  DlmTopicPrivate *priv;

  g_atomic_int_set (&ct->update_queued, 0);
  if (self == NULL)
    return G_SOURCE_REMOVE;
  priv = dlm_topic_get_instance_private (self);
  if (priv->cancellable == ct->cancellable)
    set_computing (self, TRUE, g_atomic_int_get (&ct->permille) / 1000.0);
  return G_SOURCE_REMOVE;
}

/* Worker thread: records the progress and, at most one at a time, sends
 * it to the topic's thread. */
static gboolean
worker_progress (double   fraction,
                 gpointer data)
{
  ComputeTask *ct = data;

  g_atomic_int_set (&ct->permille, (int) (CLAMP (fraction, 0, 1) * 1000));
  if (g_atomic_int_compare_and_exchange (&ct->update_queued, 0, 1))
    g_main_context_invoke_full (ct->context, G_PRIORITY_DEFAULT, deliver_progress,
                                compute_task_ref (ct), compute_task_unref);
  return !g_cancellable_is_cancelled (ct->cancellable);
}

static void
compute_in_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ComputeTask *ct = task_data;
  DlmTopicClass *klass = DLM_TOPIC_GET_CLASS (source_object);

  g_task_return_boolean (task, klass->compute_run (ct->job, worker_progress, ct));
}

static void
compute_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DlmTopic *self = DLM_TOPIC (object);
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);
  ComputeTask *ct = g_task_get_task_data (G_TASK (result));
  gboolean completed = g_task_propagate_boolean (G_TASK (result), NULL) &&
                       !g_cancellable_is_cancelled (ct->cancellable);

  /* work that newer work replaced says nothing about the topic */
  if (priv->cancellable != ct->cancellable)
    return;
  g_clear_object (&priv->cancellable);
  DLM_TOPIC_GET_CLASS (self)->compute_finish (self, ct->job, completed);
  set_computing (self, FALSE, completed ? 1 : 0);
  if (completed)
    {
      priv->points_stale = TRUE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}

/* Starts the work in the background if the topic's result is not current,
 * cancelling the work under way (it has become out of date). */
static void
start_compute (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);
  DlmTopicClass *klass = DLM_TOPIC_GET_CLASS (self);
  g_autoptr(GTask) task = NULL;
  ComputeTask *ct;
  gpointer job;

  if (klass->compute_prepare == NULL || !(job = klass->compute_prepare (self)))
    return;
  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
  g_clear_object (&priv->cancellable);
  priv->cancellable = g_cancellable_new ();

  ct = g_new0 (ComputeTask, 1);
  g_atomic_ref_count_init (&ct->ref);
  ct->job = job;
  ct->job_free = klass->compute_free;
  ct->cancellable = g_object_ref (priv->cancellable);
  ct->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&ct->topic, self);

  task = g_task_new (self, ct->cancellable, compute_done, NULL);
  g_task_set_source_tag (task, start_compute);
  g_task_set_task_data (task, ct, compute_task_unref);
  g_task_set_return_on_cancel (task, FALSE);
  set_computing (self, TRUE, 0);
  g_task_run_in_thread (task, compute_in_thread);
}

void
dlm_topic_set_compute_in_background (DlmTopic *self,
                                     gboolean  background)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_if_fail (DLM_IS_TOPIC (self));

  priv->background = !!background;
  if (priv->background)
    start_compute (self);
  else
    dlm_topic_cancel_compute (self);
}

gboolean
dlm_topic_get_compute_in_background (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  return priv->background;
}

gboolean
dlm_topic_get_computing (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  return priv->computing;
}

double
dlm_topic_get_progress (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC (self), 0);
  return priv->progress;
}

/* Stops the work under way; the topic keeps its last result, and the
 * topic is told (compute_finish) so that it does not start the same work
 * again until something changes. */
void
dlm_topic_cancel_compute (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_if_fail (DLM_IS_TOPIC (self));

  if (priv->cancellable != NULL)
    g_cancellable_cancel (priv->cancellable);
}

/**
 * dlm_topic_list_slides:
 *
 * The nicks of the topic's slides parameter (DlmTopicClass.slides_param),
 * in the enum's order: the views a presentation steps through.
 *
 * Returns: (transfer full): a %NULL-terminated array, empty when the topic
 *   names no slides parameter
 */
GStrv
dlm_topic_list_slides (DlmTopic *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *name;
  GParamSpec *pspec;
  GEnumClass *enum_class;

  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);

  name = DLM_TOPIC_GET_CLASS (self)->slides_param;
  pspec = name ? g_object_class_find_property (G_OBJECT_GET_CLASS (self), name) : NULL;
  if (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec))
    {
      enum_class = G_PARAM_SPEC_ENUM (pspec)->enum_class;
      for (guint i = 0; i < enum_class->n_values; i++)
        g_strv_builder_add (builder, enum_class->values[i].value_nick);
    }

  return g_strv_builder_end (builder);
}

/**
 * dlm_topic_get_animation:
 *
 * The current view's animation: which parameter the timeline moves, up to
 * what value, and how long the window plays it at normal speed.
 *
 * Returns: TRUE when the current view animates; otherwise FALSE and
 *   @animation is cleared
 */
gboolean
dlm_topic_get_animation (DlmTopic     *self,
                         DlmAnimation *animation)
{
  DlmTopicClass *klass;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (animation != NULL, FALSE);

  *animation = (DlmAnimation) { NULL };
  klass = DLM_TOPIC_GET_CLASS (self);
  if (klass->get_animation == NULL || !klass->get_animation (self, animation))
    {
      *animation = (DlmAnimation) { NULL };
      return FALSE;
    }
  g_return_val_if_fail (animation->param != NULL && animation->end > 0 && animation->seconds > 0,
                        FALSE);
  return TRUE;
}

/* ---- output ------------------------------------------------------------ */

const char *
dlm_topic_get_id (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  return DLM_TOPIC_GET_CLASS (self)->id;
}

const char *
dlm_topic_get_title (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  return _(DLM_TOPIC_GET_CLASS (self)->title);
}

guint
dlm_topic_get_seed (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC (self), 0);
  return priv->seed;
}

/* Whether the seed changes what the topic shows with its current
 * parameters (the app shows its seed control then). */
gboolean
dlm_topic_uses_seed (DlmTopic *self)
{
  DlmTopicClass *klass;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);

  klass = DLM_TOPIC_GET_CLASS (self);
  return klass->uses_seed && (klass->seed_matters == NULL || klass->seed_matters (self));
}

void
dlm_topic_set_seed (DlmTopic *self,
                    guint     seed)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  g_return_if_fail (DLM_IS_TOPIC (self));

  if (priv->seed == seed)
    return;
  priv->seed = seed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEED]);
}

void
dlm_topic_render (DlmTopic       *self,
                  cairo_t        *cr,
                  const DlmTheme *theme,
                  double          width,
                  double          height)
{
  g_return_if_fail (DLM_IS_TOPIC (self));
  g_return_if_fail (cr != NULL && theme != NULL);

  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  ensure_computed (self);
  cairo_save (cr);
  DLM_TOPIC_GET_CLASS (self)->render (self, cr, theme, width, height);
  cairo_restore (cr);
  priv->render_width = width;
  priv->render_height = height;
  priv->points_stale = FALSE;
  priv->points_checked = FALSE;
}

void
dlm_topic_figure_draw (cairo_t  *cr,
                       double    width,
                       double    height,
                       gpointer  figure)
{
  DlmTopicFigure *f = figure;

  dlm_topic_render (f->topic, cr, &f->theme, width, height);
}

char *
dlm_topic_to_csv (DlmTopic *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (DLM_IS_TOPIC (self), g_string_free (out, FALSE));
  ensure_computed (self);
  DLM_TOPIC_GET_CLASS (self)->write_csv (self, out);
  return g_string_free (out, FALSE);
}

char *
dlm_topic_to_summary (DlmTopic *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (DLM_IS_TOPIC (self), g_string_free (out, FALSE));
  ensure_computed (self);
  DLM_TOPIC_GET_CLASS (self)->write_summary (self, out);
  return g_string_free (out, FALSE);
}

gboolean
dlm_topic_has_code (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  return DLM_TOPIC_GET_CLASS (self)->write_code != NULL;
}

/* The code card's script; NULL for a topic without one. */
char *
dlm_topic_to_code (DlmTopic *self)
{
  GString *out;

  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);

  if (!dlm_topic_has_code (self))
    return NULL;
  /* from the parameters alone: nothing is computed for it */
  out = g_string_new (NULL);
  DLM_TOPIC_GET_CLASS (self)->write_code (self, out);
  return g_string_free (out, FALSE);
}

/* The notebook's matplotlib cell; NULL for a topic without one. */
char *
dlm_topic_to_plot_code (DlmTopic *self)
{
  GString *out;

  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);

  if (DLM_TOPIC_GET_CLASS (self)->write_plot_code == NULL)
    return NULL;
  out = g_string_new (NULL);
  DLM_TOPIC_GET_CLASS (self)->write_plot_code (self, out);
  return g_string_free (out, FALSE);
}

/* The text formats of an export: the CSV table, the Python script or the
 * Jupyter notebook. */
GBytes *
dlm_topic_export_text (DlmTopic   *self,
                       DlmFormat   format,
                       GError    **error)
{
  char *text;

  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  g_return_val_if_fail (DLM_FORMAT_IS_TEXT (format), NULL);

  if (format == DLM_FORMAT_CSV)
    text = dlm_topic_to_csv (self);
  else if (format == DLM_FORMAT_IPYNB)
    text = dlm_notebook_new (self);
  else
    text = dlm_topic_to_code (self);
  if (text == NULL)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("%s has no code to export yet; accepted: .png, .svg, .pdf, .csv"),
                   dlm_topic_get_title (self));
      return NULL;
    }
  return g_bytes_new_take (text, strlen (text));
}

char *
dlm_topic_describe (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  ensure_computed (self);
  return DLM_TOPIC_GET_CLASS (self)->describe (self);
}

char *
dlm_topic_get_formula (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  return DLM_TOPIC_GET_CLASS (self)->formula (self);
}

char *
dlm_topic_get_explanation (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
  return DLM_TOPIC_GET_CLASS (self)->explanation (self);
}

gboolean
dlm_topic_probe (DlmTopic *self,
                 double    x,
                 double    y,
                 DlmProbe *probe)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (probe != NULL, FALSE);

  probe->text = NULL;
  if (DLM_TOPIC_GET_CLASS (self)->probe == NULL ||
      ((DlmTopicPrivate *) dlm_topic_get_instance_private (self))->points_stale)
    return FALSE;
  ensure_computed (self);
  return DLM_TOPIC_GET_CLASS (self)->probe (self, x, y, probe);
}

/* Whether every one of the @count points of the last render lies in the
 * figure; checked once a render. A figure drawn too small to show its
 * points (a few dozen pixels wide) counts none rather than points the
 * cursor cannot place. */
static gboolean
points_placed (DlmTopic *self,
               guint     count)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  if (priv->points_checked)
    return priv->points_placed;
  priv->points_checked = TRUE;
  priv->points_placed = TRUE;
  for (guint i = 0; i < count && priv->points_placed; i++)
    {
      DlmProbe point = { 0 };

      priv->points_placed = DLM_TOPIC_GET_CLASS (self)->get_point (self, i, &point) &&
                            point.x >= 0 && point.x <= priv->render_width &&
                            point.y >= 0 && point.y <= priv->render_height;
      dlm_probe_clear (&point);
    }
  return priv->points_placed;
}

/* The number of points the keyboard cursor can visit in the last render
 * (see DlmTopicClass.count_points); *row_length is at least 1. */
guint
dlm_topic_count_points (DlmTopic *self,
                        guint    *row_length)
{
  guint row = 0, count;

  g_return_val_if_fail (DLM_IS_TOPIC (self), 0);

  if (row_length != NULL)
    *row_length = 1;
  /* the points of a render that no longer shows the topic as it is (its
   * layout may name rows a new matrix lacks) wait for the next render */
  if (DLM_TOPIC_GET_CLASS (self)->count_points == NULL ||
      ((DlmTopicPrivate *) dlm_topic_get_instance_private (self))->points_stale)
    return 0;
  ensure_computed (self);
  count = DLM_TOPIC_GET_CLASS (self)->count_points (self, &row);
  if (!points_placed (self, count))
    return 0;
  if (row_length != NULL)
    *row_length = row == 0 || row > count ? MAX (count, 1) : row;
  return count;
}

/* Fills @point with point @index of the last render, its text ending with
 * where it is in the list, so a screen reader user knows how far along it
 * is. */
gboolean
dlm_topic_get_point (DlmTopic *self,
                     guint     index,
                     DlmProbe *point)
{
  g_autofree char *text = NULL;
  guint count;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (point != NULL, FALSE);

  point->text = NULL;
  count = dlm_topic_count_points (self, NULL);
  if (index >= count || !DLM_TOPIC_GET_CLASS (self)->get_point (self, index, point))
    {
      dlm_probe_clear (point);
      return FALSE;
    }
  text = g_steal_pointer (&point->text);
  /* Translators: a data point read out by the keyboard cursor, then its
   * place in the list: "z3: logit 3, probability 0.665 — point 3 of 3" */
  point->text = g_strdup_printf (_("%s — point %u of %u"), text ? text : "", index + 1, count);
  return TRUE;
}

/* For a topic whose points are samples along a curve: its own probe at
 * sample @k of @n, spaced evenly across the data area of @geometry, so the
 * keyboard cursor reads exactly what the pointer would there. */
gboolean
dlm_topic_probe_along (DlmTopic              *self,
                       const DlmAxesGeometry *geometry,
                       guint                  k,
                       guint                  n,
                       DlmProbe              *point)
{
  const DlmRect *r = &geometry->plot;
  double u = n > 1 ? (double) k / (n - 1) : 0.5;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);

  if (!DLM_TOPIC_GET_CLASS (self)->probe (self, r->x + u * r->width, r->y + r->height / 2, point))
    return FALSE;
  /* a curve out of view is marked on the edge it left by */
  point->y = CLAMP (point->y, r->y, r->y + r->height);
  return TRUE;
}

gboolean
dlm_topic_store_value (DlmTopic     *self,
                       gpointer      field,
                       const GValue *value)
{
  gboolean changed;
  int v;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);
  g_return_val_if_fail (field != NULL && value != NULL, FALSE);

  if (G_VALUE_HOLDS_DOUBLE (value))
    {
      changed = *(double *) field != g_value_get_double (value);
      *(double *) field = g_value_get_double (value);
      return changed;
    }

  v = G_VALUE_HOLDS_INT (value) ? g_value_get_int (value)
    : G_VALUE_HOLDS_BOOLEAN (value) ? g_value_get_boolean (value)
    : g_value_get_enum (value);
  changed = *(int *) field != v;
  *(int *) field = v;
  return changed;
}

void
dlm_topic_set_field (DlmTopic     *self,
                     GParamSpec   *pspec,
                     gpointer      field,
                     const GValue *value)
{
  if (dlm_topic_store_value (self, field, value))
    g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* Passes one phase of a pointer drag to the topic (see DlmTopicClass.drag).
 * Returns FALSE at DLM_DRAG_BEGIN when nothing there can be dragged, and
 * later when the change the drag asks for is refused (@error says why; the
 * topic keeps its last good state). */
gboolean
dlm_topic_drag (DlmTopic      *self,
                DlmDragPhase   phase,
                double         x,
                double         y,
                GError       **error)
{
  g_auto(GStrv) assignments = NULL;
  DlmTopicClass *klass;

  g_return_val_if_fail (DLM_IS_TOPIC (self), FALSE);

  klass = DLM_TOPIC_GET_CLASS (self);
  if (klass->drag == NULL || !klass->drag (self, phase, x, y, &assignments))
    return FALSE;
  if (assignments == NULL)
    return TRUE;
  return dlm_topic_apply (self, (const char *const *) assignments, error);
}

void
dlm_probe_clear (DlmProbe *probe)
{
  g_clear_pointer (&probe->text, g_free);
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_topic_dispatch_properties_changed (GObject     *object,
                                       guint        n_pspecs,
                                       GParamSpec **pspecs)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (DLM_TOPIC (object));
  gboolean parameters = FALSE;

  G_OBJECT_CLASS (dlm_topic_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  /* the progress of heavy work changes nothing in the figure */
  for (guint i = 0; i < n_pspecs; i++)
    parameters |= pspecs[i] != properties[PROP_COMPUTING] && pspecs[i] != properties[PROP_PROGRESS];
  if (!parameters)
    return;
  priv->points_stale = TRUE;
  if (priv->background)
    start_compute (DLM_TOPIC (object));
  /* one "changed" per batch of notifications: a redraw per apply, not per key */
  g_signal_emit (object, signals[CHANGED], 0);
}

static void
dlm_topic_finalize (GObject *object)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (DLM_TOPIC (object));

  g_clear_object (&priv->cancellable);
  G_OBJECT_CLASS (dlm_topic_parent_class)->finalize (object);
}

static void
dlm_topic_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DlmTopic *self = DLM_TOPIC (object);

  switch (prop_id)
    {
    case PROP_SEED:
      g_value_set_uint (value, dlm_topic_get_seed (self));
      break;
    case PROP_COMPUTING:
      g_value_set_boolean (value, dlm_topic_get_computing (self));
      break;
    case PROP_PROGRESS:
      g_value_set_double (value, dlm_topic_get_progress (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DlmTopic *self = DLM_TOPIC (object);

  switch (prop_id)
    {
    case PROP_SEED:
      dlm_topic_set_seed (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_class_init (DlmTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlm_topic_finalize;
  object_class->get_property = dlm_topic_get_property;
  object_class->set_property = dlm_topic_set_property;
  object_class->dispatch_properties_changed = dlm_topic_dispatch_properties_changed;

  properties[PROP_SEED] =
    g_param_spec_uint ("seed", NULL, NULL, 0, G_MAXUINT32, DLM_DEFAULT_SEED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* heavy work under way in the background, and how far it has got */
  properties[PROP_COMPUTING] =
    g_param_spec_boolean ("computing", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROGRESS] =
    g_param_spec_double ("compute-progress", NULL, NULL, 0, 1, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dlm_topic_init (DlmTopic *self)
{
  DlmTopicPrivate *priv = dlm_topic_get_instance_private (self);

  priv->seed = DLM_DEFAULT_SEED;
}
