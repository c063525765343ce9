/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-quiz.h"
#include "dlm-quiz-scores.h"
#include "dlm-rng.h"
#include "dlm-quiz-view-private.h"

/* The widgets of one answer row that change once a choice is picked. */
typedef struct {
  GtkWidget *row;
  GtkWidget *reason;
  GtkWidget *verdict;
  GtkWidget *verdict_icon;
  GtkWidget *verdict_label;
} DlmChoiceRow;

struct _DlmQuizView
{
  GtkWidget       parent_instance;

  GSettings      *settings;
  char           *topic_id;
  char           *title;
  GPtrArray      *questions;   /* DlmQuizQuestion */
  GArray         *rows;        /* DlmChoiceRow, one per choice */
  guint           position;
  guint           n_right;
  guint           picked;      /* G_MAXUINT until the question is answered */
  gboolean        finished;
  guint32         seed;        /* of the attempt on show */
  guint           attempt;     /* counts from 1 */

  GtkStack       *stack;
  GtkLabel       *progress_label;
  GtkMenuButton  *seed_button;
  GtkPopover     *seed_popover;
  GtkEntry       *seed_entry;
  GtkLabel       *seed_error_label;
  GtkProgressBar *progress_bar;
  GtkLabel       *prompt_label;
  GtkListBox     *choices_list;
  GtkLabel       *result_label;
  GtkWidget      *next_button;
  AdwStatusPage  *score_page;
  GtkWidget      *try_again_button;
};

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_TOPIC_ID,
  PROP_TITLE,
  PROP_SEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DlmQuizView, dlm_quiz_view, GTK_TYPE_WIDGET)

GtkWidget *
dlm_quiz_view_new (GSettings  *settings,
                   const char *topic_id,
                   const char *title)
{
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (dlm_quiz_has_topic (topic_id), NULL);

  return g_object_new (DLM_TYPE_QUIZ_VIEW,
                       "settings", settings,
                       "topic-id", topic_id,
                       "title", title,
                       NULL);
}

static DlmQuizQuestion *
dlm_quiz_view_get_question (DlmQuizView *self)
{
  return g_ptr_array_index (self->questions, self->position);
}

static GtkWidget *
create_wrapping_label (const char *text,
                       const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

/* The verdict ("Right", "Wrong", "Right answer"): an icon and words, so
 * that it never rests on colour alone. Hidden until a choice is picked. */
static GtkWidget *
create_verdict (DlmChoiceRow *choice)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  choice->verdict_icon = gtk_image_new ();
  choice->verdict_label = gtk_label_new (NULL);
  gtk_box_append (GTK_BOX (box), choice->verdict_icon);
  gtk_box_append (GTK_BOX (box), choice->verdict_label);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_widget_add_css_class (box, "quiz-verdict");
  gtk_widget_set_visible (box, FALSE);
  choice->verdict = box;

  return box;
}

static void
dlm_quiz_view_add_choice (DlmQuizView           *self,
                          const DlmQuizQuestion *question,
                          guint                  index)
{
  DlmChoiceRow choice = { NULL };
  g_autofree char *key = g_strdup_printf ("%u", index + 1);
  const char *text = dlm_quiz_question_get_choice (question, index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *badge = gtk_label_new (key);

  /* The number is the key that picks the choice; the row's own label
   * is the choice, so a screen reader reads no stray digits. */
  gtk_widget_add_css_class (badge, "quiz-key");
  gtk_widget_set_valign (badge, GTK_ALIGN_START);
  gtk_accessible_update_state (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  choice.reason = create_wrapping_label (dlm_quiz_question_get_reason (question, index), "quiz-reason");
  gtk_widget_set_visible (choice.reason, FALSE);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), create_wrapping_label (text, "quiz-choice-text"));
  gtk_box_append (GTK_BOX (texts), choice.reason);
  gtk_box_append (GTK_BOX (box), badge);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), create_verdict (&choice));

  choice.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (choice.row), box);
  gtk_widget_add_css_class (choice.row, "quiz-choice");
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice.row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_list_box_append (self->choices_list, choice.row);
  g_array_append_val (self->rows, choice);
}

static void
dlm_quiz_view_clear_choices (DlmQuizView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->choices_list))))
    gtk_list_box_remove (self->choices_list, child);
  g_array_set_size (self->rows, 0);
}

static void
dlm_quiz_view_update_progress (DlmQuizView *self)
{
  guint n = self->questions->len;
  guint answered = self->position + (self->picked != G_MAXUINT ? 1 : 0);
  g_autofree char *text = NULL;

  /* Translators: the position in a quiz, e.g. “Question 2 of 5” */
  text = g_strdup_printf (_("Question %u of %u"), self->position + 1, n);
  gtk_label_set_text (self->progress_label, text);
  gtk_progress_bar_set_fraction (self->progress_bar, n > 0 ? (double) answered / n : 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static void
dlm_quiz_view_show_question (DlmQuizView *self)
{
  const DlmQuizQuestion *question = dlm_quiz_view_get_question (self);
  gboolean last = self->position + 1 == self->questions->len;

  self->picked = G_MAXUINT;
  dlm_quiz_view_clear_choices (self);
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    dlm_quiz_view_add_choice (self, question, i);

  gtk_label_set_text (self->prompt_label, dlm_quiz_question_get_prompt (question));
  /* Before the answer, the feedback line says how to give one. */
  gtk_label_set_text (self->result_label, _("Choose an answer, or press its number."));
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->result_label), "dim-label");
  gtk_button_set_label (GTK_BUTTON (self->next_button),
                        last ? _("_See score") : _("_Next question"));
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->next_button),
                                 GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.answer", TRUE);
  dlm_quiz_view_update_progress (self);
  gtk_stack_set_visible_child_name (self->stack, "question");

  /* The keyboard starts on the first choice: one press of Enter answers. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (g_array_index (self->rows, DlmChoiceRow, 0).row);
}

/* Marks one row: the verdict in words beside an icon, the reason below
 * the choice, and both again in the row's accessible description. */
static void
dlm_quiz_view_mark_row (DlmQuizView *self,
                        guint        index,
                        const char  *verdict,
                        gboolean     right)
{
  DlmChoiceRow *choice = &g_array_index (self->rows, DlmChoiceRow, index);
  const char *reason = dlm_quiz_question_get_reason (dlm_quiz_view_get_question (self), index);
  g_autofree char *description = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (choice->verdict_icon),
                                right ? "object-select-symbolic" : "window-close-symbolic");
  gtk_label_set_text (GTK_LABEL (choice->verdict_label), verdict);
  gtk_widget_add_css_class (choice->verdict, right ? "success" : "error");
  gtk_widget_add_css_class (choice->row, right ? "quiz-right" : "quiz-wrong");
  gtk_widget_set_visible (choice->verdict, TRUE);
  gtk_widget_set_visible (choice->reason, TRUE);

  /* Translators: a quiz answer's feedback for screen readers: the
   * verdict (“Right”, “Wrong”, “Right answer”), then the reason */
  description = g_strdup_printf (_("%s. %s"), verdict, reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
dlm_quiz_view_show_result (DlmQuizView *self,
                           gboolean     right)
{
  const DlmQuizQuestion *question = dlm_quiz_view_get_question (self);
  guint correct = dlm_quiz_question_get_correct (question);
  g_autofree char *feedback = NULL;

  gtk_label_set_text (self->result_label,
                      right ? _("Right!") : _("Not quite. The right answer is marked above."));
  gtk_widget_remove_css_class (GTK_WIDGET (self->result_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->result_label), right ? "success" : "error");

  /* The focus moves to the Next button, so its description carries the
   * whole feedback for a screen reader. */
  if (right)
    feedback = g_strdup_printf (_("Right. %s"), dlm_quiz_question_get_reason (question, self->picked));
  else
    feedback = g_strdup_printf (_("Wrong. %s The right answer is: %s. %s"),
                                dlm_quiz_question_get_reason (question, self->picked),
                                dlm_quiz_question_get_choice (question, correct),
                                dlm_quiz_question_get_reason (question, correct));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, feedback,
                                  -1);
}

static void
dlm_quiz_view_answer (DlmQuizView *self,
                      guint        index)
{
  const DlmQuizQuestion *question;
  guint correct;
  gboolean right;

  if (self->finished || self->picked != G_MAXUINT || index >= self->rows->len)
    return;

  question = dlm_quiz_view_get_question (self);
  correct = dlm_quiz_question_get_correct (question);
  right = index == correct;
  self->picked = index;
  if (right)
    self->n_right++;

  dlm_quiz_view_mark_row (self, index, right ? _("Right") : _("Wrong"), right);
  if (!right)
    dlm_quiz_view_mark_row (self, correct, _("Right answer"), TRUE);

  /* Only one pick counts: the other choices step back and stop reacting. */
  for (guint i = 0; i < self->rows->len; i++)
    {
      DlmChoiceRow *choice = &g_array_index (self->rows, DlmChoiceRow, i);

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (choice->row), FALSE);
      if (i != index && i != correct)
        gtk_widget_add_css_class (choice->row, "quiz-other");
    }

  dlm_quiz_view_show_result (self, right);
  dlm_quiz_view_update_progress (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.answer", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next", TRUE);
  gtk_widget_grab_focus (self->next_button);
}

static void
on_choice_activated (DlmQuizView   *self,
                     GtkListBoxRow *row)
{
  dlm_quiz_view_answer (self, gtk_list_box_row_get_index (row));
}

/* Below the score: the best so far, and whether this attempt raised it. */
static char *
dlm_quiz_view_describe_score (DlmQuizView *self,
                              gboolean     had_score,
                              guint        old_best)
{
  guint n = self->questions->len;
  guint best = self->n_right;

  dlm_quiz_scores_lookup (self->settings, self->topic_id, &best, NULL);

  if (self->n_right == n)
    return g_strdup (_("All right — a perfect score."));
  if (!had_score)
    return g_strdup (_("Your first score on this quiz. Try again to beat it."));
  if (self->n_right > old_best)
    /* Translators: the previous best score, e.g. “A new best score, up from 3 of 5.” */
    return g_strdup_printf (_("A new best score, up from %u of %u."), old_best, n);

  /* Translators: the best score of all attempts, e.g. “Your best so far: 5 of 5.” */
  return g_strdup_printf (_("Your best so far: %u of %u."), best, n);
}

static void
dlm_quiz_view_show_score (DlmQuizView *self)
{
  guint n = self->questions->len;
  guint old_best = 0, old_n = 0;
  gboolean had_score;
  g_autofree char *title = NULL;
  g_autofree char *verdict = NULL;
  g_autofree char *description = NULL;

  self->finished = TRUE;
  /* A score of a quiz with another number of questions does not compare. */
  had_score = dlm_quiz_scores_lookup (self->settings, self->topic_id, &old_best, &old_n) && old_n == n;
  dlm_quiz_scores_record (self->settings, self->topic_id, self->n_right, n);
  verdict = dlm_quiz_view_describe_score (self, had_score, old_best);
  /* The attempt's seed below the verdict: a student can name it, and a
   * teacher can take the same attempt. */
  description = g_strdup_printf ("%s\n%s", verdict, gtk_menu_button_get_label (self->seed_button));

  /* Translators: a quiz's score, e.g. “4 of 5 right” */
  title = g_strdup_printf (_("%u of %u right"), self->n_right, n);

  adw_status_page_set_title (self->score_page, title);
  adw_status_page_set_description (self->score_page, description);
  adw_status_page_set_icon_name (self->score_page,
                                 self->n_right == n ? "starred-symbolic" : "emblem-default-symbolic");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quiz.next", FALSE);
  gtk_stack_set_visible_child_name (self->stack, "score");
  gtk_widget_grab_focus (self->try_again_button);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DlmQuizView *self = DLM_QUIZ_VIEW (widget);

  if (self->picked == G_MAXUINT || self->finished)
    return;

  if (self->position + 1 < self->questions->len)
    {
      self->position++;
      dlm_quiz_view_show_question (self);
    }
  else
    dlm_quiz_view_show_score (self);
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  dlm_quiz_view_answer (DLM_QUIZ_VIEW (widget), g_variant_get_uint32 (param));
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  dlm_quiz_view_restart (DLM_QUIZ_VIEW (widget));
}

/* “Attempt 3 · seed 1234567”: the seed a teacher asks for, or that
 * redoes this attempt; the button that shows it takes another. */
static void
dlm_quiz_view_update_attempt (DlmQuizView *self)
{
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;

  /* Translators: the attempt's number and the seed its questions come from */
  text = g_strdup_printf (_("Attempt %u · seed %u"), self->attempt, self->seed);
  gtk_menu_button_set_label (self->seed_button, text);
  /* Translators: the accessible name of the button that shows the attempt
   * and its seed (the text above) and lets a seed be typed */
  label = g_strdup_printf (_("%s: take an attempt from a seed"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->seed_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/* Starts the attempt of @seed, its questions built afresh (in the current
 * language). */
static void
dlm_quiz_view_begin (DlmQuizView *self,
                     guint32      seed)
{
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  self->questions = dlm_quiz_new_for_topic (self->topic_id, seed);
  g_return_if_fail (self->questions != NULL && self->questions->len > 0);

  self->seed = seed;
  self->attempt++;
  self->position = 0;
  self->n_right = 0;
  self->finished = FALSE;
  dlm_quiz_view_update_attempt (self);
  dlm_quiz_view_show_question (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEED]);
}

/* Starts over with a new attempt: a new seed, 0 to 2³² − 1. */
void
dlm_quiz_view_restart (DlmQuizView *self)
{
  g_return_if_fail (DLM_IS_QUIZ_VIEW (self));

  dlm_quiz_view_begin (self, g_random_int ());
}

/* Starts the attempt of @seed, the same questions as every attempt with
 * that seed (a teacher's “use seed 42”). */
void
dlm_quiz_view_start_with_seed (DlmQuizView *self,
                               guint32      seed)
{
  g_return_if_fail (DLM_IS_QUIZ_VIEW (self));

  dlm_quiz_view_begin (self, seed);
}

static void
dlm_quiz_view_show_seed_error (DlmQuizView *self,
                               const char  *message)
{
  gtk_label_set_text (self->seed_error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->seed_error_label), message != NULL);
  if (message != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->seed_entry), "error");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->seed_entry),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->seed_entry),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->seed_entry), "error");
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->seed_entry),
                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->seed_entry), GTK_ACCESSIBLE_STATE_INVALID);
    }
}

/* The seed typed in the popover: a new attempt from it, or the reason it
 * is refused (the range and why), under the entry. */
static void
use_seed_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  DlmQuizView *self = DLM_QUIZ_VIEW (widget);
  g_autoptr(GError) error = NULL;
  guint32 seed;

  if (!dlm_rng_parse_seed (_("Seed"), gtk_editable_get_text (GTK_EDITABLE (self->seed_entry)),
                           &seed, &error))
    {
      dlm_quiz_view_show_seed_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->seed_entry));
      return;
    }
  dlm_quiz_view_show_seed_error (self, NULL);
  gtk_popover_popdown (self->seed_popover);
  dlm_quiz_view_start_with_seed (self, seed);
}

/* Enter in the field starts the attempt, as its Start button does. */
static void
on_seed_entry_activate (DlmQuizView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "quiz.use-seed", NULL);
}

/* The entry opens on the seed on show, selected, ready to be typed over. */
static void
on_seed_popover_show (DlmQuizView *self)
{
  g_autofree char *text = g_strdup_printf ("%u", self->seed);

  dlm_quiz_view_show_seed_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->seed_entry), text);
  gtk_widget_grab_focus (GTK_WIDGET (self->seed_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->seed_entry), 0, -1);
}

static void
dlm_quiz_view_map (GtkWidget *widget)
{
  DlmQuizView *self = DLM_QUIZ_VIEW (widget);

  GTK_WIDGET_CLASS (dlm_quiz_view_parent_class)->map (widget);

  if (!self->finished && self->picked == G_MAXUINT && self->rows->len > 0)
    gtk_widget_grab_focus (g_array_index (self->rows, DlmChoiceRow, 0).row);
}

static void
dlm_quiz_view_constructed (GObject *object)
{
  DlmQuizView *self = (DlmQuizView *)object;
  g_autofree char *label = NULL;

  G_OBJECT_CLASS (dlm_quiz_view_parent_class)->constructed (object);

  g_assert (G_IS_SETTINGS (self->settings));

  /* Translators: the accessible name of a topic's quiz, e.g. “Quiz on Softmax” */
  label = g_strdup_printf (_("Quiz on %s"), self->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  dlm_quiz_view_restart (self);
}

static void
dlm_quiz_view_dispose (GObject *object)
{
  DlmQuizView *self = (DlmQuizView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_QUIZ_VIEW);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dlm_quiz_view_parent_class)->dispose (object);
}

static void
dlm_quiz_view_finalize (GObject *object)
{
  DlmQuizView *self = (DlmQuizView *)object;

  g_clear_pointer (&self->topic_id, g_free);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (dlm_quiz_view_parent_class)->finalize (object);
}

static void
dlm_quiz_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DlmQuizView *self = DLM_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_TOPIC_ID:
      g_value_set_string (value, self->topic_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SEED:
      g_value_set_uint (value, self->seed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_quiz_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DlmQuizView *self = DLM_QUIZ_VIEW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_TOPIC_ID:
      self->topic_id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The number keys pick a choice, 1 for the first, as the badges show. */
static void
dlm_quiz_view_class_add_number_keys (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < 9; i++)
    {
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, 0, "quiz.answer", "u", i);
      gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1 + i, 0, "quiz.answer", "u", i);
    }
}

static void
dlm_quiz_view_class_init (DlmQuizViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_quiz_view_constructed;
  object_class->dispose = dlm_quiz_view_dispose;
  object_class->finalize = dlm_quiz_view_finalize;
  object_class->get_property = dlm_quiz_view_get_property;
  object_class->set_property = dlm_quiz_view_set_property;
  widget_class->map = dlm_quiz_view_map;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /* The seed of the attempt on show: the same seed, the same attempt. */
  properties[PROP_SEED] =
    g_param_spec_uint ("seed", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-quiz-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, stack);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, seed_button);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, seed_popover);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, seed_entry);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, seed_error_label);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, prompt_label);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, choices_list);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, result_label);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, next_button);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, score_page);
  gtk_widget_class_bind_template_child (widget_class, DlmQuizView, try_again_button);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_seed_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_seed_entry_activate);

  gtk_widget_class_install_action (widget_class, "quiz.answer", "u", answer_action);
  gtk_widget_class_install_action (widget_class, "quiz.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "quiz.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "quiz.use-seed", NULL, use_seed_action);
  dlm_quiz_view_class_add_number_keys (widget_class);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quizview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlm_quiz_view_init (DlmQuizView *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (DlmChoiceRow));
  self->picked = G_MAXUINT;

  gtk_widget_init_template (GTK_WIDGET (self));
}

const char *
dlm_quiz_view_get_topic_id (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->topic_id;
}

const char *
dlm_quiz_view_get_title (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->title;
}

guint
dlm_quiz_view_get_n_questions (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), 0);

  return self->questions->len;
}

/* The current question, counting from 0. */
guint
dlm_quiz_view_get_position (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), 0);

  return self->position;
}

guint
dlm_quiz_view_get_n_right (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), 0);

  return self->n_right;
}

guint32
dlm_quiz_view_get_seed (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), 0);

  return self->seed;
}

/* How many attempts this view has started, the one on show included. */
guint
dlm_quiz_view_get_attempt (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), 0);

  return self->attempt;
}

gboolean
dlm_quiz_view_get_answered (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), FALSE);

  return self->picked != G_MAXUINT;
}

gboolean
dlm_quiz_view_get_finished (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), FALSE);

  return self->finished;
}

GtkListBox *
dlm_quiz_view_get_choices (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->choices_list;
}

GtkLabel *
dlm_quiz_view_get_result_label (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->result_label;
}

GtkWidget *
dlm_quiz_view_get_next_button (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->next_button;
}

GtkLabel *
dlm_quiz_view_get_reason_label (DlmQuizView *self,
                                guint        choice)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);
  g_return_val_if_fail (choice < self->rows->len, NULL);

  return GTK_LABEL (g_array_index (self->rows, DlmChoiceRow, choice).reason);
}

GtkLabel *
dlm_quiz_view_get_verdict_label (DlmQuizView *self,
                                 guint        choice)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);
  g_return_val_if_fail (choice < self->rows->len, NULL);

  return GTK_LABEL (g_array_index (self->rows, DlmChoiceRow, choice).verdict_label);
}

GtkMenuButton *
dlm_quiz_view_get_seed_button (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->seed_button;
}

GtkEntry *
dlm_quiz_view_get_seed_entry (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->seed_entry;
}

GtkLabel *
dlm_quiz_view_get_seed_error_label (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->seed_error_label;
}

AdwStatusPage *
dlm_quiz_view_get_score_page (DlmQuizView *self)
{
  g_return_val_if_fail (DLM_IS_QUIZ_VIEW (self), NULL);

  return self->score_page;
}
