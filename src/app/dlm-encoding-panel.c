/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-encoding.h"
#include "dlm-encoding-panel.h"
#include "dlm-parse.h"

struct _DlmEncodingPanel
{
  DlmTopicPanel   parent_instance;

  AdwEntryRow    *values_row;
  GtkLabel       *values_error;
  GtkLabel       *scheme_error;
  AdwEntryRow    *categories_row;
  GtkLabel       *categories_error;
};

G_DEFINE_FINAL_TYPE (DlmEncodingPanel, dlm_encoding_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples, each a complete set of parameters. */
static const struct {
  const char *name;
  const char *assignments[4];
} examples[] = {
  { "movies",    { "values=Scifi, Kids, History", "categories=History, Scifi, Kids",
                   "scheme=onehot", NULL } },
  { "pass-fail", { "values=Pass, Pass, Fail", "categories=Fail, Pass", "scheme=dummy", NULL } },
  { "labels",    { "values=Scifi, Kids, History", "categories=History, Kids, Scifi",
                   "scheme=label", NULL } },
};

static void
example_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (widget));
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].name, name) &&
        !dlm_topic_apply (topic, examples[i].assignments, &error))
      g_critical ("course example %s was refused: %s", name, error->message);
}

/* Applies the typed values with @categories in one step, so a value that
 * was refused as unknown is taken together with the order that lists it. */
static void
apply_with_categories (DlmEncodingPanel *self,
                       const char       *values,
                       const char       *categories)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);
  g_autofree char *values_set = g_strconcat ("values=", values, NULL);
  g_autofree char *categories_set = g_strconcat ("categories=", categories, NULL);
  const char *assignments[] = { values_set, categories_set, NULL };

  gtk_editable_set_text (GTK_EDITABLE (self->categories_row), categories);
  if (dlm_topic_apply (dlm_topic_panel_get_topic (panel), assignments, NULL))
    dlm_param_binding_apply (dlm_topic_panel_get_binding (panel, "values"), values);
  /* clears the row's error, or shows why the list was refused */
  dlm_param_binding_apply (dlm_topic_panel_get_binding (panel, "categories"), categories);
}

/* Fills the categories with the labels typed under values, A–Z or in the
 * order they first appear. */
static void
order_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DlmEncodingPanel *self = DLM_ENCODING_PANEL (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->values_row));
  g_auto(GStrv) values = dlm_parse_labels ("values", typed, DLM_ENCODING_MAX_VALUES, NULL);
  g_auto(GStrv) order = NULL;
  g_autofree char *joined = NULL;

  if (values == NULL || values[0] == NULL)
    return;   /* the values row already says what is wrong */

  order = g_str_equal (g_variant_get_string (parameter, NULL), "sorted")
    ? dlm_encoding_categories_sorted ((const char *const *) values)
    : dlm_encoding_categories_in_order ((const char *const *) values);
  joined = g_strjoinv (", ", order);
  apply_with_categories (self, typed, joined);
}

static void
dlm_encoding_panel_constructed (GObject *object)
{
  DlmEncodingPanel *self = (DlmEncodingPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_encoding_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_editable (panel, "values", GTK_EDITABLE (self->values_row), self->values_error);
  dlm_topic_panel_bind_choice (panel, "scheme", self->scheme_error);
  dlm_topic_panel_bind_editable (panel, "categories", GTK_EDITABLE (self->categories_row),
                                 self->categories_error);
}

static void
dlm_encoding_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_ENCODING_PANEL);

  G_OBJECT_CLASS (dlm_encoding_panel_parent_class)->dispose (object);
}

static void
dlm_encoding_panel_class_init (DlmEncodingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_encoding_panel_constructed;
  object_class->dispose = dlm_encoding_panel_dispose;

  gtk_widget_class_install_action (widget_class, "encoding.example", "s", example_action);
  gtk_widget_class_install_action (widget_class, "encoding.order", "s", order_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-encoding-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmEncodingPanel, values_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEncodingPanel, values_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEncodingPanel, scheme_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEncodingPanel, categories_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEncodingPanel, categories_error);
}

static void
dlm_encoding_panel_init (DlmEncodingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
