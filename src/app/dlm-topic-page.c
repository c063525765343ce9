/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-figure-column.h"
#include "dlm-topic-page.h"

struct _DlmTopicPage
{
  GtkWidget       parent_instance;

  DlmTopic       *topic;
  DlmTopicPanel  *panel;

  DlmPlotView    *plot_view;
  DlmFormulaCard *formula_card;
  DlmCodeCard    *code_card;

  gboolean        show_controls;
};

enum {
  PROP_0,
  PROP_TOPIC,
  PROP_SHOW_CONTROLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmTopicPage, dlm_topic_page, GTK_TYPE_WIDGET)

/* A file dropped onto the figure loads into the topic's main data field. */
static void
dlm_topic_page_accept_drops (DlmTopicPage *self)
{
  DlmParamBinding *binding = dlm_topic_panel_get_data_binding (self->panel);

  if (binding != NULL)
    dlm_param_binding_accept_drops (binding, GTK_WIDGET (self->plot_view));
}

GtkWidget *
dlm_topic_page_new (DlmTopic *topic,
                    GType     panel_type)
{
  DlmTopicPage *self;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (g_type_is_a (panel_type, DLM_TYPE_TOPIC_PANEL), NULL);

  self = g_object_new (DLM_TYPE_TOPIC_PAGE, "topic", topic, NULL);
  /* The window shows the panel in its one controls column, beside
   * whichever page is showing; the page keeps it for its topic. */
  self->panel = g_object_ref_sink (g_object_new (panel_type, "topic", topic, "vexpand", TRUE, NULL));
  dlm_topic_page_accept_drops (self);

  return GTK_WIDGET (self);
}

DlmTopic *
dlm_topic_page_get_topic (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), NULL);

  return self->topic;
}

DlmPlotView *
dlm_topic_page_get_plot_view (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), NULL);

  return self->plot_view;
}

DlmFormulaCard *
dlm_topic_page_get_formula_card (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), NULL);

  return self->formula_card;
}

DlmCodeCard *
dlm_topic_page_get_code_card (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), NULL);

  return self->code_card;
}

DlmTopicPanel *
dlm_topic_page_get_panel (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), NULL);

  return self->panel;
}

void
dlm_topic_page_set_theme_kind (DlmTopicPage *self,
                               DlmThemeKind  kind)
{
  g_return_if_fail (DLM_IS_TOPIC_PAGE (self));

  dlm_plot_view_set_theme_kind (self->plot_view, kind);
}

void
dlm_topic_page_set_zoom (DlmTopicPage *self,
                         double        zoom)
{
  g_return_if_fail (DLM_IS_TOPIC_PAGE (self));

  dlm_plot_view_set_zoom (self->plot_view, zoom);
  dlm_formula_card_set_zoom (self->formula_card, zoom);
  dlm_code_card_set_zoom (self->code_card, zoom);
}

gboolean
dlm_topic_page_get_show_controls (DlmTopicPage *self)
{
  g_return_val_if_fail (DLM_IS_TOPIC_PAGE (self), FALSE);

  return self->show_controls;
}

/* Whether the page wants its controls shown; the window's controls
 * column follows the page on screen. */
void
dlm_topic_page_set_show_controls (DlmTopicPage *self,
                                  gboolean      show)
{
  g_return_if_fail (DLM_IS_TOPIC_PAGE (self));

  show = !!show;
  if (self->show_controls == show)
    return;

  self->show_controls = show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CONTROLS]);
}

static void
dlm_topic_page_constructed (GObject *object)
{
  DlmTopicPage *self = (DlmTopicPage *)object;

  G_OBJECT_CLASS (dlm_topic_page_parent_class)->constructed (object);

  dlm_plot_view_set_topic (self->plot_view, self->topic);
  dlm_formula_card_set_topic (self->formula_card, self->topic);
  dlm_code_card_set_topic (self->code_card, self->topic);
}

static void
dlm_topic_page_dispose (GObject *object)
{
  DlmTopicPage *self = (DlmTopicPage *)object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_TOPIC_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->panel);
  g_clear_object (&self->topic);

  G_OBJECT_CLASS (dlm_topic_page_parent_class)->dispose (object);
}

static void
dlm_topic_page_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DlmTopicPage *self = DLM_TOPIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      g_value_set_object (value, self->topic);
      break;

    case PROP_SHOW_CONTROLS:
      g_value_set_boolean (value, self->show_controls);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_page_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DlmTopicPage *self = DLM_TOPIC_PAGE (object);

  switch (prop_id)
    {
    case PROP_TOPIC:
      self->topic = g_value_dup_object (value);
      break;

    case PROP_SHOW_CONTROLS:
      dlm_topic_page_set_show_controls (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_topic_page_class_init (DlmTopicPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_topic_page_constructed;
  object_class->dispose = dlm_topic_page_dispose;
  object_class->get_property = dlm_topic_page_get_property;
  object_class->set_property = dlm_topic_page_set_property;

  properties[PROP_TOPIC] =
    g_param_spec_object ("topic", NULL, NULL,
                         DLM_TYPE_TOPIC,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_CONTROLS] =
    g_param_spec_boolean ("show-controls", NULL, NULL, TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-topic-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmTopicPage, plot_view);
  gtk_widget_class_bind_template_child (widget_class, DlmTopicPage, formula_card);
  gtk_widget_class_bind_template_child (widget_class, DlmTopicPage, code_card);
  gtk_widget_class_set_css_name (widget_class, "topicpage");

  g_type_ensure (DLM_TYPE_FIGURE_COLUMN);
  g_type_ensure (DLM_TYPE_PLOT_VIEW);
  g_type_ensure (DLM_TYPE_FORMULA_CARD);
  g_type_ensure (DLM_TYPE_CODE_CARD);
}

static void
dlm_topic_page_init (DlmTopicPage *self)
{
  self->show_controls = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
}
