/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-registry.h"
#include "dlm-slide-list.h"
#include "dlm-view-names.h"
#include "dlm-window-private.h"

struct _DlmSlideList
{
  GtkWidget   parent_instance;

  GtkWidget  *scroller;
  GtkListBox *list;
  guint       scroll_source;
};

G_DEFINE_FINAL_TYPE (DlmSlideList, dlm_slide_list, GTK_TYPE_WIDGET)

const char *
dlm_slide_view_name (DlmTopic   *topic,
                     const char *view)
{
  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (view != NULL, NULL);

  return dlm_view_name (dlm_topic_get_id (topic), view);
}

char *
dlm_slide_caption (DlmTopic *topic,
                   int       view)
{
  g_auto(GStrv) slides = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);

  slides = dlm_topic_list_slides (topic);
  /* Translators: the slide counter: a topic's title, then which of its
   * views is on screen and how many it has, e.g. “Softmax · 2 / 3” */
  return g_strdup_printf (_("%s · %d / %d"), _(dlm_topic_get_title (topic)),
                          view + 1, MAX ((int) g_strv_length (slides), 1));
}

/* A row per slide: the view's name, under a heading with the topic's
 * title where a topic begins. The row's action goes to the slide. */
static GtkWidget *
create_row (DlmTopic   *topic,
            const char *view,
            int         index)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *label = gtk_label_new (dlm_slide_view_name (topic, view));
  g_autofree char *caption = dlm_slide_caption (topic, index);
  g_autofree char *name = g_strdup_printf ("%s: %s", caption, dlm_slide_view_name (topic, view));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_widget_set_tooltip_text (row, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.go-to-slide");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "(ss)", dlm_topic_get_id (topic), view);
  g_object_set_data_full (G_OBJECT (row), "dlm-topic", g_object_ref (topic), g_object_unref);
  g_object_set_data_full (G_OBJECT (row), "dlm-slide",
                          g_strdup_printf ("%s:%s", dlm_topic_get_id (topic), view), g_free);

  return row;
}

static void
update_header (GtkListBoxRow *row,
               GtkListBoxRow *before,
               gpointer       data)
{
  DlmTopic *topic = g_object_get_data (G_OBJECT (row), "dlm-topic");
  GtkWidget *header;

  if (before != NULL && g_object_get_data (G_OBJECT (before), "dlm-topic") == topic)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }

  header = gtk_label_new (_(dlm_topic_get_title (topic)));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "slide-list-heading");
  gtk_list_box_row_set_header (row, header);
}

GtkWidget *
dlm_slide_list_new (DlmWindow *window)
{
  DlmSlideList *self;
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);

  g_return_val_if_fail (DLM_IS_WINDOW (window), NULL);

  self = g_object_new (DLM_TYPE_SLIDE_LIST, NULL);
  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(GTypeClass) klass = g_type_class_ref (registry[i].model_type ());
      DlmTopic *topic = dlm_window_get_topic (window, DLM_TOPIC_CLASS (klass)->id);
      g_auto(GStrv) views = topic != NULL ? dlm_topic_list_slides (topic) : NULL;

      for (int j = 0; views != NULL && views[j] != NULL; j++)
        gtk_list_box_append (self->list, create_row (topic, views[j], j));
    }

  return GTK_WIDGET (self);
}

/* Brings @row into view, without taking the focus from the teacher's
 * controls (as focusing the row would). */
static void
scroll_to_row (DlmSlideList  *self,
               GtkListBoxRow *row)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  double page = gtk_adjustment_get_page_size (adjustment);
  double top = gtk_adjustment_get_value (adjustment);
  graphene_point_t point;

  if (!gtk_widget_compute_point (GTK_WIDGET (row), GTK_WIDGET (self->list), &GRAPHENE_POINT_INIT (0, 0), &point))
    return;
  if (point.y < top || point.y + gtk_widget_get_height (GTK_WIDGET (row)) > top + page)
    gtk_adjustment_set_value (adjustment, point.y - page / 3);
}

static gboolean
scroll_to_selected (gpointer data)
{
  DlmSlideList *self = data;
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  self->scroll_source = 0;
  if (row != NULL)
    scroll_to_row (self, row);
  return G_SOURCE_REMOVE;
}

void
dlm_slide_list_select (DlmSlideList *self,
                       const char   *topic_id,
                       int           view)
{
  GtkListBoxRow *row;

  g_return_if_fail (DLM_IS_SLIDE_LIST (self));

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->list, i)) != NULL; i++)
    {
      DlmTopic *topic = g_object_get_data (G_OBJECT (row), "dlm-topic");

      if (g_strcmp0 (dlm_topic_get_id (topic), topic_id) == 0 && view-- == 0)
        {
          gtk_list_box_select_row (self->list, row);
          /* once laid out: the list may be new */
          if (self->scroll_source == 0)
            self->scroll_source = g_idle_add (scroll_to_selected, self);
          return;
        }
    }
}

char *
dlm_slide_list_get_selected (DlmSlideList *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (DLM_IS_SLIDE_LIST (self), NULL);

  row = gtk_list_box_get_selected_row (self->list);
  return row != NULL ? g_strdup (g_object_get_data (G_OBJECT (row), "dlm-slide")) : NULL;
}

guint
dlm_slide_list_get_n_slides (DlmSlideList *self)
{
  guint n = 0;

  g_return_val_if_fail (DLM_IS_SLIDE_LIST (self), 0);

  while (gtk_list_box_get_row_at_index (self->list, n) != NULL)
    n++;
  return n;
}

static void
dlm_slide_list_dispose (GObject *object)
{
  DlmSlideList *self = (DlmSlideList *)object;

  g_clear_handle_id (&self->scroll_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_SLIDE_LIST);

  G_OBJECT_CLASS (dlm_slide_list_parent_class)->dispose (object);
}

static void
dlm_slide_list_class_init (DlmSlideListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_slide_list_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-slide-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmSlideList, scroller);
  gtk_widget_class_bind_template_child (widget_class, DlmSlideList, list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "slidelist");
}

static void
dlm_slide_list_init (DlmSlideList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->list, update_header, NULL, NULL);
}
