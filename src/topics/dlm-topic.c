/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-topic.h"

typedef struct
{
  guint seed;
} DlmTopicPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DlmTopic, dlm_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEED,
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

  if (pspec != NULL && is_parameter (pspec))
    return pspec;

  params = dlm_topic_list_params (self);
  names = g_string_new (NULL);
  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_string_append_printf (names, "%s%s", i ? ", " : "", info->name);
    }
  g_set_error (error, DLM_ERROR, DLM_ERROR_UNKNOWN_KEY,
               _("“%s” is not a parameter of topic %s; accepted: %s"),
               key, dlm_topic_get_id (self), names->str);
  return NULL;
}

static char *
accepted_text (GParamSpec *pspec)
{
  const char *blurb = g_param_spec_get_blurb (pspec);

  if (blurb != NULL && *blurb != '\0' && g_strcmp0 (blurb, pspec->name) != 0)
    return g_strdup (blurb);

  if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    {
      GParamSpecDouble *d = G_PARAM_SPEC_DOUBLE (pspec);
      char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

      return g_strdup_printf ("%s to %s", g_ascii_formatd (lo, sizeof lo, "%.6g", d->minimum),
                              g_ascii_formatd (hi, sizeof hi, "%.6g", d->maximum));
    }
  if (G_IS_PARAM_SPEC_INT (pspec))
    return g_strdup_printf ("%d to %d", G_PARAM_SPEC_INT (pspec)->minimum,
                            G_PARAM_SPEC_INT (pspec)->maximum);
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
    return dlm_format_number_string (g_value_get_double (value));
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

static gboolean
out_of_range (GParamSpec  *pspec,
              const char  *text,
              GError     **error)
{
  g_autofree char *accepted = accepted_text (pspec);

  g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
               _("%s: %s is outside the accepted range; accepted: %s"),
               pspec->name, text, accepted);
  return FALSE;
}

static gboolean
parse_number (GParamSpec  *pspec,
              const char  *text,
              GValue      *value,
              GError     **error)
{
  double d;

  if (!dlm_parse_double (pspec->name, text, &d, error))
    return FALSE;

  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      GParamSpecInt *spec = G_PARAM_SPEC_INT (pspec);

      if (d != (double) (gint64) d)
        {
          g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                       _("%s: “%s” is not a whole number; accepted: %d to %d"),
                       pspec->name, text, spec->minimum, spec->maximum);
          return FALSE;
        }
      if (d < spec->minimum || d > spec->maximum)
        return out_of_range (pspec, text, error);
      g_value_set_int (value, (int) d);
      return TRUE;
    }

  if (d < G_PARAM_SPEC_DOUBLE (pspec)->minimum || d > G_PARAM_SPEC_DOUBLE (pspec)->maximum)
    return out_of_range (pspec, text, error);
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

  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: “%s” is not accepted; accepted: %s"), pspec->name, text, accepted);
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

  if (G_IS_PARAM_SPEC_DOUBLE (pspec) || G_IS_PARAM_SPEC_INT (pspec))
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
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   _("--set: “%s” is not of the form KEY=VALUE"), assignment);
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

  cairo_save (cr);
  DLM_TOPIC_GET_CLASS (self)->render (self, cr, theme, width, height);
  cairo_restore (cr);
}

char *
dlm_topic_to_csv (DlmTopic *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (DLM_IS_TOPIC (self), g_string_free (out, FALSE));
  DLM_TOPIC_GET_CLASS (self)->write_csv (self, out);
  return g_string_free (out, FALSE);
}

char *
dlm_topic_to_summary (DlmTopic *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (DLM_IS_TOPIC (self), g_string_free (out, FALSE));
  DLM_TOPIC_GET_CLASS (self)->write_summary (self, out);
  return g_string_free (out, FALSE);
}

char *
dlm_topic_describe (DlmTopic *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC (self), NULL);
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
  if (DLM_TOPIC_GET_CLASS (self)->probe == NULL)
    return FALSE;
  return DLM_TOPIC_GET_CLASS (self)->probe (self, x, y, probe);
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
  G_OBJECT_CLASS (dlm_topic_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
  /* one "changed" per batch of notifications: a redraw per apply, not per key */
  g_signal_emit (object, signals[CHANGED], 0);
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

  object_class->get_property = dlm_topic_get_property;
  object_class->set_property = dlm_topic_set_property;
  object_class->dispatch_properties_changed = dlm_topic_dispatch_properties_changed;

  properties[PROP_SEED] =
    g_param_spec_uint ("seed", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dlm_topic_init (DlmTopic *self)
{
}
