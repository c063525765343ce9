/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "dlm-param-binding.h"
#include "dlm-parse.h"

/* How long typing must pause before an entry applies itself. */
#define APPLY_DELAY_MS 700

typedef enum {
  INPUT_EDITABLE,
  INPUT_SPIN_BUTTON,
  INPUT_ACTION,
} InputKind;

struct _DlmParamBinding
{
  GObject        parent_instance;

  DlmTopic      *topic;
  char          *key;
  InputKind      kind;
  GtkWidget     *input;        /* weak */
  GtkWidget     *row;          /* weak */
  GtkLabel      *error_label;  /* weak */
  GSimpleAction *action;

  char          *synced_text;  /* the topic's value the control shows */
  char          *error;
  guint          apply_source;
  guint          updating : 1;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_KEY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmParamBinding, dlm_param_binding, G_TYPE_OBJECT)

/* An error label may sit in a list row of its own, right under the field's
 * row; then the whole row comes and goes with the message. */
static GtkWidget *
error_holder (GtkLabel *label)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (label));

  if (GTK_IS_LIST_BOX_ROW (parent))
    return parent;

  return GTK_WIDGET (label);
}

static void
dlm_param_binding_show_error (DlmParamBinding *self,
                              const char      *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;

  g_free (self->error);
  self->error = g_strdup (message);

  if (self->error_label != NULL)
    {
      gtk_label_set_text (self->error_label, message ? message : "");
      gtk_widget_set_visible (error_holder (self->error_label), message != NULL);
    }

  if (self->row != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (self->row, "error");
      else
        gtk_widget_remove_css_class (self->row, "error");
    }

  if (self->input != NULL)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self->input),
                                 GTK_ACCESSIBLE_STATE_INVALID,
                                 message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                                 -1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
dlm_param_binding_show_text (DlmParamBinding *self,
                             const char      *text)
{
  self->updating = TRUE;

  switch (self->kind)
    {
    case INPUT_EDITABLE:
      if (self->input != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->input), text);
      break;

    case INPUT_SPIN_BUTTON:
      if (self->input != NULL)
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->input),
                                   g_ascii_strtod (text, NULL));
      break;

    case INPUT_ACTION:
      g_simple_action_set_state (self->action, g_variant_new_string (text));
      break;

    default:
      g_assert_not_reached ();
    }

  self->updating = FALSE;
}

static char *
dlm_param_binding_dup_input_text (DlmParamBinding *self)
{
  if (self->input == NULL)
    return NULL;

  if (self->kind == INPUT_EDITABLE)
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->input)));

  if (self->kind == INPUT_SPIN_BUTTON)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (buf, sizeof buf, gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->input)));
      return g_strdup (buf);
    }

  return NULL;
}

void
dlm_param_binding_sync (DlmParamBinding *self)
{
  g_return_if_fail (DLM_IS_PARAM_BINDING (self));

  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_free (self->synced_text);
  self->synced_text = dlm_topic_get_param_text (self->topic, self->key);
  dlm_param_binding_show_text (self, self->synced_text ? self->synced_text : "");
  dlm_param_binding_show_error (self, NULL);
}

gboolean
dlm_param_binding_apply (DlmParamBinding *self,
                         const char      *text)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  g_clear_handle_id (&self->apply_source, g_source_remove);

  /* The topic's "changed" arrives while we set it; it is ours, not news. */
  self->updating = TRUE;
  ok = dlm_topic_set_param (self->topic, self->key, text, &error);
  self->updating = FALSE;

  if (!ok)
    {
      dlm_param_binding_show_error (self, error->message);
      return FALSE;
    }

  g_free (self->synced_text);
  self->synced_text = dlm_topic_get_param_text (self->topic, self->key);
  if (self->kind == INPUT_ACTION)
    dlm_param_binding_show_text (self, self->synced_text);
  dlm_param_binding_show_error (self, NULL);

  return TRUE;
}

static void
dlm_param_binding_retry (DlmParamBinding *self)
{
  g_autofree char *text = dlm_param_binding_dup_input_text (self);

  if (text != NULL)
    dlm_param_binding_apply (self, text);
}

static void
on_topic_changed (DlmParamBinding *self)
{
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  /* A refused value may be fine now that another field moved (xmin and
   * xmax are checked together), so the refused text gets another try. */
  if (self->error != NULL)
    {
      dlm_param_binding_retry (self);
      return;
    }

  text = dlm_topic_get_param_text (self->topic, self->key);
  if (g_strcmp0 (text, self->synced_text) != 0)
    dlm_param_binding_sync (self);
}

static gboolean
apply_after_typing (gpointer data)
{
  DlmParamBinding *self = data;

  self->apply_source = 0;
  dlm_param_binding_retry (self);

  return G_SOURCE_REMOVE;
}

static void
on_editable_changed (DlmParamBinding *self)
{
  if (self->updating)
    return;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  self->apply_source = g_timeout_add (APPLY_DELAY_MS, apply_after_typing, self);
}

static void
on_spin_value_changed (DlmParamBinding *self)
{
  if (!self->updating)
    dlm_param_binding_retry (self);
}

/* A number as typed into a spin button: in the app's notation, or as the
 * spin button writes it, with the locale's decimal sign ("2,5"). */
static gboolean
read_typed_number (const char *text,
                   double     *value)
{
  char *end;

  if (dlm_parse_double ("", text, value, NULL))
    return TRUE;
  *value = strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

/* A typed number outside the spin button's bounds, which GTK would clamp
 * in silence, or text it cannot read, which it would drop in silence, goes
 * to the topic instead: the field's own message says, under the field, why
 * it is refused, and the value stays as it was. */
static int
on_spin_input (GtkSpinButton   *spin,
               double          *new_value,
               DlmParamBinding *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double typed;

  if (read_typed_number (text, &typed) &&
      typed >= gtk_adjustment_get_lower (adjustment) &&
      typed <= gtk_adjustment_get_upper (adjustment))
    return FALSE;
  dlm_param_binding_apply (self, text);
  *new_value = gtk_adjustment_get_value (adjustment);
  return TRUE;
}

static void
on_action_change_state (GSimpleAction   *action,
                        GVariant        *state,
                        DlmParamBinding *self)
{
  if (!self->updating)
    dlm_param_binding_apply (self, g_variant_get_string (state, NULL));
}

static DlmParamBinding *
dlm_param_binding_new (DlmTopic   *topic,
                       const char *key,
                       InputKind   kind,
                       GtkWidget  *input,
                       GtkWidget  *row,
                       GtkLabel   *error_label)
{
  DlmParamBinding *self;

  self = g_object_new (DLM_TYPE_PARAM_BINDING, "topic", topic, "key", key, NULL);
  self->kind = kind;
  g_set_weak_pointer (&self->input, input);
  g_set_weak_pointer (&self->row, row);
  g_set_weak_pointer (&self->error_label, error_label);

  if (error_label != NULL)
    gtk_widget_set_visible (error_holder (error_label), FALSE);

  g_signal_connect_object (topic, "changed", G_CALLBACK (on_topic_changed),
                           self, G_CONNECT_SWAPPED);

  return self;
}

DlmParamBinding *
dlm_param_binding_new_for_editable (DlmTopic    *topic,
                                    const char  *key,
                                    GtkEditable *editable,
                                    GtkWidget   *row,
                                    GtkLabel    *error_label)
{
  DlmParamBinding *self;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (GTK_IS_EDITABLE (editable), NULL);

  self = dlm_param_binding_new (topic, key, INPUT_EDITABLE, GTK_WIDGET (editable),
                                row, error_label);
  dlm_param_binding_sync (self);

  g_signal_connect_object (editable, "changed", G_CALLBACK (on_editable_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editable,
                           ADW_IS_ENTRY_ROW (editable) ? "entry-activated" : "activate",
                           G_CALLBACK (dlm_param_binding_retry),
                           self, G_CONNECT_SWAPPED);

  return self;
}

/* The range of a numeric parameter, or FALSE for another kind. */
static gboolean
param_range (GParamSpec *pspec,
             double     *lower,
             double     *upper)
{
  if (G_IS_PARAM_SPEC_INT (pspec))
    {
      *lower = G_PARAM_SPEC_INT (pspec)->minimum;
      *upper = G_PARAM_SPEC_INT (pspec)->maximum;
    }
  else if (G_IS_PARAM_SPEC_UINT (pspec))
    {
      *lower = G_PARAM_SPEC_UINT (pspec)->minimum;
      *upper = G_PARAM_SPEC_UINT (pspec)->maximum;
    }
  else if (G_IS_PARAM_SPEC_DOUBLE (pspec))
    {
      *lower = G_PARAM_SPEC_DOUBLE (pspec)->minimum;
      *upper = G_PARAM_SPEC_DOUBLE (pspec)->maximum;
    }
  else
    return FALSE;
  return TRUE;
}

/* The spin button reaches what the parameter accepts, no more and no
 * less: its bounds are the parameter's own, wherever the template put
 * them. (A panel may narrow them afterwards, as a limit shared with
 * another field moves.) */
static void
take_param_range (DlmTopic      *topic,
                  const char    *key,
                  GtkSpinButton *spin)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (topic), key);
  double lower, upper;

  if (pspec != NULL && param_range (pspec, &lower, &upper))
    gtk_spin_button_set_range (spin, lower, upper);
}

DlmParamBinding *
dlm_param_binding_new_for_spin_button (DlmTopic      *topic,
                                       const char    *key,
                                       GtkSpinButton *spin,
                                       GtkWidget     *row,
                                       GtkLabel      *error_label)
{
  DlmParamBinding *self;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);
  g_return_val_if_fail (GTK_IS_SPIN_BUTTON (spin), NULL);

  take_param_range (topic, key, spin);
  self = dlm_param_binding_new (topic, key, INPUT_SPIN_BUTTON, GTK_WIDGET (spin),
                                row, error_label);
  dlm_param_binding_sync (self);

  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_spin_value_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (spin, "input", G_CALLBACK (on_spin_input), self, 0);

  return self;
}

DlmParamBinding *
dlm_param_binding_new_for_action (DlmTopic   *topic,
                                  const char *key,
                                  GtkLabel   *error_label)
{
  DlmParamBinding *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  self = dlm_param_binding_new (topic, key, INPUT_ACTION, NULL, NULL, error_label);
  text = dlm_topic_get_param_text (topic, key);
  self->action = g_simple_action_new_stateful (key, G_VARIANT_TYPE_STRING,
                                               g_variant_new_string (text ? text : ""));
  g_signal_connect_object (self->action, "change-state",
                           G_CALLBACK (on_action_change_state), self, 0);
  dlm_param_binding_sync (self);

  return self;
}

DlmTopic *
dlm_param_binding_get_topic (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->topic;
}

const char *
dlm_param_binding_get_key (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->key;
}

/* The editable or spin button; NULL for a choice (see the action). */
GtkWidget *
dlm_param_binding_get_input (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->input;
}

GAction *
dlm_param_binding_get_action (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return G_ACTION (self->action);
}

const char *
dlm_param_binding_get_error (DlmParamBinding *self)
{
  g_return_val_if_fail (DLM_IS_PARAM_BINDING (self), NULL);

  return self->error;
}

static void
dlm_param_binding_dispose (GObject *object)
{
  DlmParamBinding *self = (DlmParamBinding *)object;

  g_clear_handle_id (&self->apply_source, g_source_remove);
  g_clear_weak_pointer (&self->input);
  g_clear_weak_pointer (&self->row);
  g_clear_weak_pointer (&self->error_label);
  g_clear_object (&self->action);

  G_OBJECT_CLASS (dlm_param_binding_parent_class)->dispose (object);
}

static void
dlm_param_binding_finalize (GObject *object)
{
  DlmParamBinding *self = (DlmParamBinding *)object;

  g_clear_object (&self->topic);
  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->synced_text, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (dlm_param_binding_parent_class)->finalize (object);
}

static void
dlm_param_binding_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DlmParamBinding *self = DLM_PARAM_BINDING (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_param_binding_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  DlmParamBinding *self = DLM_PARAM_BINDING (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_dup_object (value);
      break;

    case PROP_KEY:
      self->key = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_param_binding_class_init (DlmParamBindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dlm_param_binding_dispose;
  object_class->finalize = dlm_param_binding_finalize;
  object_class->get_property = dlm_param_binding_get_property;
  object_class->set_property = dlm_param_binding_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_param_binding_init (DlmParamBinding *self)
{
}
