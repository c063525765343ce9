/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-topic-panel.h"

typedef struct
{
  DlmTopic           *topic;
  GPtrArray          *bindings;
  GSimpleActionGroup *choices;
  GArray             *visibility;  /* VisibilityRule */
} DlmTopicPanelPrivate;

/* A control that belongs to some values of a parameter (usually the
 * view): shown while the parameter has one of them, hidden otherwise. */
typedef struct
{
  GtkWidget *widget;     /* a descendant of the panel: lives as long */
  char      *key;
  GStrv      values;
  gboolean   negate;
} VisibilityRule;

enum {
  PROP_0,
  PROP_TOPIC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_TYPE_WITH_PRIVATE (DlmTopicPanel, dlm_topic_panel, GTK_TYPE_WIDGET)

DlmTopic *
dlm_topic_panel_get_topic (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC_PANEL (self), NULL);

  return priv->topic;
}

static void
dlm_topic_panel_add_binding (DlmTopicPanel   *self,
                             DlmParamBinding *binding)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_ptr_array_add (priv->bindings, binding);
}

void
dlm_topic_panel_bind_editable (DlmTopicPanel *self,
                               const char    *key,
                               GtkEditable   *editable,
                               GtkLabel      *error_label)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_return_if_fail (DLM_IS_TOPIC_PANEL (self));

  dlm_topic_panel_add_binding (self,
                               dlm_param_binding_new_for_editable (priv->topic, key, editable,
                                                                   GTK_WIDGET (editable),
                                                                   error_label));
}

void
dlm_topic_panel_bind_spin_button (DlmTopicPanel *self,
                                  const char    *key,
                                  GtkSpinButton *spin,
                                  GtkWidget     *row,
                                  GtkLabel      *error_label)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_return_if_fail (DLM_IS_TOPIC_PANEL (self));

  dlm_topic_panel_add_binding (self,
                               dlm_param_binding_new_for_spin_button (priv->topic, key, spin,
                                                                      row, error_label));
}

void
dlm_topic_panel_bind_choice (DlmTopicPanel *self,
                             const char    *key,
                             GtkLabel      *error_label)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);
  DlmParamBinding *binding;

  g_return_if_fail (DLM_IS_TOPIC_PANEL (self));

  binding = dlm_param_binding_new_for_action (priv->topic, key, error_label);
  g_action_map_add_action (G_ACTION_MAP (priv->choices),
                           dlm_param_binding_get_action (binding));
  dlm_topic_panel_add_binding (self, binding);
}

DlmParamBinding *
dlm_topic_panel_get_binding (DlmTopicPanel *self,
                             const char    *key)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC_PANEL (self), NULL);

  for (guint i = 0; i < priv->bindings->len; i++)
    {
      DlmParamBinding *binding = g_ptr_array_index (priv->bindings, i);

      if (g_strcmp0 (dlm_param_binding_get_key (binding), key) == 0)
        return binding;
    }

  return NULL;
}

/* The topic's main data field, the one a file dropped onto its figure
 * goes to: the first bound field that takes a file, or NULL. */
DlmParamBinding *
dlm_topic_panel_get_data_binding (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  g_return_val_if_fail (DLM_IS_TOPIC_PANEL (self), NULL);

  for (guint i = 0; i < priv->bindings->len; i++)
    if (dlm_param_binding_takes_file (g_ptr_array_index (priv->bindings, i)))
      return g_ptr_array_index (priv->bindings, i);

  return NULL;
}

static void
visibility_rule_clear (gpointer data)
{
  VisibilityRule *rule = data;

  g_clear_pointer (&rule->key, g_free);
  g_clear_pointer (&rule->values, g_strfreev);
}

static void
dlm_topic_panel_apply_visibility (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  for (guint i = 0; i < priv->visibility->len; i++)
    {
      const VisibilityRule *rule = &g_array_index (priv->visibility, VisibilityRule, i);
      g_autofree char *value = dlm_topic_get_param_text (priv->topic, rule->key);
      gboolean listed = value != NULL && g_strv_contains ((const char * const *) rule->values, value);

      gtk_widget_set_visible (rule->widget, listed != rule->negate);
    }
}

/* Controls for a view that is not showing are hidden rather than greyed
 * out: the panel lists only what changes the figure on screen. @values
 * is a "|"-separated list of the parameter's values ("lorenz",
 * "binary|cross"); a leading "!" shows @widget for every other value. */
void
dlm_topic_panel_show_when (DlmTopicPanel *self,
                           GtkWidget     *widget,
                           const char    *key,
                           const char    *values)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);
  VisibilityRule rule;

  g_return_if_fail (DLM_IS_TOPIC_PANEL (self));
  g_return_if_fail (GTK_IS_WIDGET (widget) && gtk_widget_is_ancestor (widget, GTK_WIDGET (self)));
  g_return_if_fail (key != NULL && values != NULL);

  rule.widget = widget;
  rule.key = g_strdup (key);
  rule.negate = values[0] == '!';
  rule.values = g_strsplit (values + (rule.negate ? 1 : 0), "|", -1);

  if (priv->visibility->len == 0)
    g_signal_connect_object (priv->topic, "changed",
                             G_CALLBACK (dlm_topic_panel_apply_visibility), self, G_CONNECT_SWAPPED);
  g_array_append_val (priv->visibility, rule);
  dlm_topic_panel_apply_visibility (self);
}

static void
dlm_topic_panel_sync_all (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  for (guint i = 0; i < priv->bindings->len; i++)
    dlm_param_binding_sync (g_ptr_array_index (priv->bindings, i));
}

/* Sets every parameter back to its default (the course's example) in one
 * step, so the topic checks the restored state as a whole. */
void
dlm_topic_panel_restore_defaults (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) assignments = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DLM_IS_TOPIC_PANEL (self));

  /* Refused texts are dropped first so that they are not retried. */
  dlm_topic_panel_sync_all (self);

  params = dlm_topic_list_params (priv->topic);
  for (guint i = 0; i < params->len; i++)
    {
      const DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *assignment = g_strdup_printf ("%s=%s", info->name, info->default_value);

      g_strv_builder_add (builder, assignment);
    }
  assignments = g_strv_builder_end (builder);

  if (!dlm_topic_apply (priv->topic, (const char * const *)assignments, &error))
    g_critical ("Defaults of topic %s refused: %s",
                dlm_topic_get_id (priv->topic), error->message);

  dlm_topic_panel_sync_all (self);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  dlm_topic_panel_restore_defaults (DLM_TOPIC_PANEL (widget));
}

static void
dlm_topic_panel_dispose (GObject *object)
{
  DlmTopicPanel *self = (DlmTopicPanel *)object;
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);
  GtkWidget *child;

  g_clear_pointer (&priv->bindings, g_ptr_array_unref);
  g_clear_pointer (&priv->visibility, g_array_unref);
  g_clear_object (&priv->choices);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&priv->topic);

  G_OBJECT_CLASS (dlm_topic_panel_parent_class)->dispose (object);
}

static void
dlm_topic_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DlmTopicPanel *self = DLM_TOPIC_PANEL (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, dlm_topic_panel_get_topic (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_panel_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DlmTopicPanel *self = DLM_TOPIC_PANEL (object);
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_TOPIC:
      priv->topic = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_panel_class_init (DlmTopicPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_topic_panel_dispose;
  object_class->get_property = dlm_topic_panel_get_property;
  object_class->set_property = dlm_topic_panel_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "panel.restore", NULL, restore_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "topicpanel");
}

static void
dlm_topic_panel_init (DlmTopicPanel *self)
{
  DlmTopicPanelPrivate *priv = dlm_topic_panel_get_instance_private (self);

  priv->bindings = g_ptr_array_new_with_free_func (g_object_unref);
  priv->visibility = g_array_new (FALSE, FALSE, sizeof (VisibilityRule));
  g_array_set_clear_func (priv->visibility, visibility_rule_clear);
  priv->choices = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "param", G_ACTION_GROUP (priv->choices));
}
