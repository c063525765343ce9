/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-quiz.h"
#include "dlm-quiz-scores.h"
#include "dlm-quiz-window-private.h"
#include "dlm-registry.h"
#include "dlm-settings.h"

/* The largest size the window opens at; it stays inside its parent. */
#define MAX_WIDTH  760
#define MAX_HEIGHT 780

/* A topic that has a quiz, in the sidebar's order. */
typedef struct {
  char  *id;
  char  *title;          /* translated */
  guint  n_questions;
} DlmQuizTopic;

struct _DlmQuizWindow
{
  AdwWindow       parent_instance;

  GSettings      *settings;
  GArray         *topics;         /* DlmQuizTopic */
  char           *last_topic_id;  /* the quiz the overview returns focus to */

  AdwLeaflet     *leaflet;
  GtkWidget      *overview_page;
  GtkWidget      *quiz_page;
  GtkLabel       *summary_label;
  GtkListBox     *overview_list;
  AdwWindowTitle *quiz_title;
  AdwBin         *quiz_bin;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmQuizWindow, dlm_quiz_window, ADW_TYPE_WINDOW)

static void
dlm_quiz_topic_clear (gpointer data)
{
  DlmQuizTopic *topic = data;

  g_clear_pointer (&topic->id, g_free);
  g_clear_pointer (&topic->title, g_free);
}

DlmQuizWindow *
dlm_quiz_window_new (GtkWindow *parent,
                     GSettings *settings)
{
  DlmQuizWindow *self;
  int width, height;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DLM_TYPE_QUIZ_WINDOW,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);

  width = gtk_widget_get_width (GTK_WIDGET (parent));
  height = gtk_widget_get_height (GTK_WIDGET (parent));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self),
                                 MIN (MAX_WIDTH, width - 48),
                                 MIN (MAX_HEIGHT, height - 48));

  return self;
}

/* Every registered topic with a quiz, titles translated, in course order. */
static void
dlm_quiz_window_load_topics (DlmQuizWindow *self)
{
  guint n_topics;
  const DlmRegistration *registry = dlm_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      DlmTopicClass *klass = g_type_class_ref (registry[i].model_type ());
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (klass->id, 1);

      if (questions != NULL && questions->len > 0)
        {
          DlmQuizTopic topic = { g_strdup (klass->id), g_strdup (_(klass->title)), questions->len };

          g_array_append_val (self->topics, topic);
        }
      g_type_class_unref (klass);
    }
}

static const DlmQuizTopic *
dlm_quiz_window_find_topic (DlmQuizWindow *self,
                            const char    *topic_id)
{
  for (guint i = 0; i < self->topics->len; i++)
    if (g_strcmp0 (g_array_index (self->topics, DlmQuizTopic, i).id, topic_id) == 0)
      return &g_array_index (self->topics, DlmQuizTopic, i);

  return NULL;
}

/* The best score beside the topic, or that the quiz is still to be taken;
 * the same in words in the row's accessible description. */
static GtkWidget *
create_score_label (DlmQuizWindow      *self,
                    const DlmQuizTopic *topic,
                    GtkWidget          *row)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  GtkWidget *label;
  guint best = 0, n = 0;
  gboolean taken = dlm_quiz_scores_lookup (self->settings, topic->id, &best, &n);

  if (taken)
    {
      /* Translators: a best quiz score in a list, e.g. “4 / 5” */
      text = g_strdup_printf (_("%u / %u"), best, n);
      /* Translators: e.g. “Best score: 4 of 5” */
      description = g_strdup_printf (_("Best score: %u of %u"), best, n);
    }
  else
    {
      text = g_strdup (_("Not taken yet"));
      description = g_strdup (text);
    }

  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "quiz-best");
  gtk_widget_add_css_class (label, taken ? "numeric" : "dim-label");
  if (taken && best == n)
    gtk_widget_add_css_class (label, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  return label;
}

static GtkWidget *
create_overview_row (DlmQuizWindow      *self,
                     const DlmQuizTopic *topic)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *subtitle = NULL;

  subtitle = g_strdup_printf (ngettext ("%u question", "%u questions", topic->n_questions),
                              topic->n_questions);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), topic->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_score_label (self, topic, row));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "quiz-window.start");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", topic->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, topic->title,
                                  -1);

  return row;
}

/* “7 of 13 topics tried · 28 of 62 right”: the stored best scores. */
static void
dlm_quiz_window_update_summary (DlmQuizWindow *self)
{
  guint n_tried = 0, n_right = 0, n_questions = 0;
  guint n_topics = self->topics->len;
  g_autofree char *tried = NULL;
  g_autofree char *right = NULL;
  g_autofree char *summary = NULL;

  for (guint i = 0; i < n_topics; i++)
    {
      const DlmQuizTopic *topic = &g_array_index (self->topics, DlmQuizTopic, i);
      guint best;

      n_questions += topic->n_questions;
      if (dlm_quiz_scores_lookup (self->settings, topic->id, &best, NULL))
        {
          n_tried++;
          n_right += MIN (best, topic->n_questions);
        }
    }

  tried = g_strdup_printf (ngettext ("%u of %u topic tried", "%u of %u topics tried", n_topics),
                           n_tried, n_topics);
  /* Translators: the sum of the best scores, e.g. “28 of 62 right” */
  right = g_strdup_printf (_("%u of %u right"), n_right, n_questions);
  /* Translators: the overview's summary: the two parts above, joined */
  summary = g_strdup_printf (_("%s · %s"), tried, right);
  gtk_label_set_text (self->summary_label, summary);
}

static void
dlm_quiz_window_update_overview (DlmQuizWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->overview_list))))
    gtk_list_box_remove (self->overview_list, child);

  for (guint i = 0; i < self->topics->len; i++)
    gtk_list_box_append (self->overview_list,
                         create_overview_row (self, &g_array_index (self->topics, DlmQuizTopic, i)));

  dlm_quiz_window_update_summary (self);
}

/* Back on the overview, the focus goes to the quiz just taken. */
static void
dlm_quiz_window_focus_last_topic (DlmQuizWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->overview_list, 0);

  for (guint i = 0; i < self->topics->len; i++)
    if (g_strcmp0 (g_array_index (self->topics, DlmQuizTopic, i).id, self->last_topic_id) == 0)
      row = gtk_list_box_get_row_at_index (self->overview_list, i);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
on_leaflet_visible_child_changed (DlmQuizWindow *self)
{
  if (adw_leaflet_get_visible_child (self->leaflet) != self->overview_page)
    return;

  gtk_window_set_title (GTK_WINDOW (self), _("Quizzes"));
  dlm_quiz_window_focus_last_topic (self);
}

void
dlm_quiz_window_show_overview (DlmQuizWindow *self)
{
  g_return_if_fail (DLM_IS_QUIZ_WINDOW (self));

  adw_leaflet_set_visible_child (self->leaflet, self->overview_page);
}

/* Opens the topic's quiz from its first question. Returns FALSE when the
 * topic has no quiz. */
gboolean
dlm_quiz_window_start (DlmQuizWindow *self,
                       const char    *topic_id)
{
  const DlmQuizTopic *topic;
  g_autofree char *title = NULL;

  g_return_val_if_fail (DLM_IS_QUIZ_WINDOW (self), FALSE);

  if (!(topic = dlm_quiz_window_find_topic (self, topic_id)))
    return FALSE;

  g_free (self->last_topic_id);
  self->last_topic_id = g_strdup (topic->id);

  adw_bin_set_child (self->quiz_bin, dlm_quiz_view_new (self->settings, topic->id, topic->title));
  adw_window_title_set_title (self->quiz_title, topic->title);
  adw_window_title_set_subtitle (self->quiz_title, _("Quiz"));
  /* Translators: the quiz window's title, e.g. “Quiz on Softmax” */
  title = g_strdup_printf (_("Quiz on %s"), topic->title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* The view puts the focus on its first choice once it is mapped. */
  adw_leaflet_set_visible_child (self->leaflet, self->quiz_page);

  return TRUE;
}

static void
overview_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  dlm_quiz_window_show_overview (DLM_QUIZ_WINDOW (widget));
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  const char *topic_id = g_variant_get_string (param, NULL);

  if (!dlm_quiz_window_start (DLM_QUIZ_WINDOW (widget), topic_id))
    g_warning ("No quiz for the topic “%s”", topic_id);
}

/* The figures' projector theme also enlarges the quiz's type. */
static void
dlm_quiz_window_update_theme (DlmQuizWindow *self)
{
  g_autofree char *theme = dlm_settings_get_theme (self->settings);

  if (g_strcmp0 (theme, "projector") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "projector");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "projector");
}

static void
dlm_quiz_window_constructed (GObject *object)
{
  DlmQuizWindow *self = (DlmQuizWindow *)object;

  G_OBJECT_CLASS (dlm_quiz_window_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  g_signal_connect_object (self->settings, "changed::quiz-scores",
                           G_CALLBACK (dlm_quiz_window_update_overview), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::theme",
                           G_CALLBACK (dlm_quiz_window_update_theme), self, G_CONNECT_SWAPPED);

  dlm_quiz_window_load_topics (self);
  dlm_quiz_window_update_overview (self);
  dlm_quiz_window_update_theme (self);
}

static void
dlm_quiz_window_dispose (GObject *object)
{
  DlmQuizWindow *self = (DlmQuizWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_QUIZ_WINDOW);
  g_clear_pointer (&self->topics, g_array_unref);
  g_clear_pointer (&self->last_topic_id, g_free);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dlm_quiz_window_parent_class)->dispose (object);
}

static void
dlm_quiz_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DlmQuizWindow *self = DLM_QUIZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_quiz_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DlmQuizWindow *self = DLM_QUIZ_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_quiz_window_class_init (DlmQuizWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_quiz_window_constructed;
  object_class->dispose = dlm_quiz_window_dispose;
  object_class->get_property = dlm_quiz_window_get_property;
  object_class->set_property = dlm_quiz_window_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-quiz-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, quiz_page);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, overview_list);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, quiz_title);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizWindow, quiz_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_leaflet_visible_child_changed);

  gtk_widget_class_install_action (widget_class, "quiz-window.overview", NULL, overview_action);
  gtk_widget_class_install_action (widget_class, "quiz-window.start", "s", start_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  g_type_ensure (DLM_TYPE_QUIZ_VIEW);
}

static void
dlm_quiz_window_init (DlmQuizWindow *self)
{
  self->topics = g_array_new (FALSE, TRUE, sizeof (DlmQuizTopic));
  g_array_set_clear_func (self->topics, dlm_quiz_topic_clear);

  gtk_widget_init_template (GTK_WIDGET (self));
}

DlmQuizView *
dlm_quiz_window_get_view (DlmQuizWindow *self)
{
  GtkWidget *child;

  g_return_val_if_fail (DLM_IS_QUIZ_WINDOW (self), NULL);

  child = adw_bin_get_child (self->quiz_bin);
  return child ? DLM_QUIZ_VIEW (child) : NULL;
}

GtkListBox *
dlm_quiz_window_get_overview_list (DlmQuizWindow *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_WINDOW (self), NULL);

  return self->overview_list;
}

GtkLabel *
dlm_quiz_window_get_summary_label (DlmQuizWindow *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_WINDOW (self), NULL);

  return self->summary_label;
}

gboolean
dlm_quiz_window_get_on_overview (DlmQuizWindow *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_WINDOW (self), FALSE);

  return adw_leaflet_get_visible_child (self->leaflet) == self->overview_page;
}
