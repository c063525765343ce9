/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-export.h"
#include "dlm-lesson-dialog-private.h"
#include "dlm-lesson.h"
#include "dlm-topic-registry.h"

enum { KIND_DECK, KIND_HANDOUT };

struct _DlmLessonDialog
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toasts;
  guint32               seed;

  AdwComboRow          *kind_row;
  AdwComboRow          *theme_row;
  AdwComboRow          *paper_row;
  AdwPreferencesGroup  *topics_group;
  GtkWidget            *options_page;
  GtkLabel             *error_label;
  GtkProgressBar       *progress_bar;

  GPtrArray            *checks;       /* GtkCheckButton, one per topic */
  GPtrArray            *ids;          /* the topics' ids, in the same order */
  GtkFileChooserNative *native;
  GCancellable         *cancellable;  /* while a lesson is being written */
  guint                 progress_source;
  int                   permille;     /* written by the worker */
  gboolean              closed;
};

G_DEFINE_FINAL_TYPE (DlmLessonDialog, dlm_lesson_dialog, ADW_TYPE_WINDOW)

/* What the worker thread needs, copied from the dialog. */
typedef struct {
  GStrv         ids;
  guint32       seed;
  gboolean      deck;
  DlmThemeKind  theme;
  DlmPaper      paper;
  char         *path;
  int          *permille;
  GCancellable *cancellable;
} Job;

static void
job_free (gpointer data)
{
  Job *job = data;

  g_strfreev (job->ids);
  g_free (job->path);
  g_clear_object (&job->cancellable);
  g_free (job);
}

gboolean
dlm_lesson_dialog_is_running (DlmLessonDialog *self)
{
  g_return_val_if_fail (DLM_IS_LESSON_DIALOG (self), FALSE);

  return self->cancellable != NULL;
}

static GStrv
checked_ids (DlmLessonDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      g_strv_builder_add (builder, g_ptr_array_index (self->ids, i));
  return g_strv_builder_end (builder);
}

static void
update_actions (DlmLessonDialog *self)
{
  gboolean deck = adw_combo_row_get_selected (self->kind_row) == KIND_DECK;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "lesson.export",
                                 dlm_lesson_dialog_can_export (self));
  gtk_widget_set_visible (GTK_WIDGET (self->theme_row), deck);
  gtk_widget_set_visible (GTK_WIDGET (self->paper_row), !deck);
  gtk_widget_set_sensitive (self->options_page, !dlm_lesson_dialog_is_running (self));
}

/* ---- the work, on a worker thread --------------------------------------- */

static gboolean
job_progress (double   fraction,
              gpointer data)
{
  Job *job = data;

  g_atomic_int_set (job->permille, (int) (fraction * 1000));
  return !g_cancellable_is_cancelled (job->cancellable);
}

static void
write_lesson (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Job *job = data;
  g_autoptr(DlmLesson) lesson = dlm_lesson_new ((const char *const *) job->ids, job->seed);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = job->deck
          ? dlm_lesson_to_deck (lesson, job->theme, 1920, 1080, job_progress, job, &error)
          : dlm_lesson_to_handout (lesson, job->paper, job_progress, job, &error);
  /* nothing is written once Cancel was pressed */
  if (bytes != NULL && !g_cancellable_set_error_if_cancelled (cancellable, &error))
    dlm_write_atomically (job->path, bytes, &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* ---- the dialog ------------------------------------------------------- */

static gboolean
update_progress (gpointer data)
{
  DlmLessonDialog *self = data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->permille) / 1000.0);
  return G_SOURCE_CONTINUE;
}

static void
set_running (DlmLessonDialog *self,
             GCancellable    *cancellable)
{
  g_set_object (&self->cancellable, cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (cancellable != NULL)
    {
      g_atomic_int_set (&self->permille, 0);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_progress_bar_set_text (self->progress_bar, _("Drawing the lesson…"));
      self->progress_source = g_timeout_add (100, update_progress, self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), cancellable != NULL);
  update_actions (self);
}

static void
show_error (DlmLessonDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
on_lesson_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *message = NULL;

  gboolean written = g_task_propagate_boolean (G_TASK (result), &error);

  if (written)
    {
      /* Translators: a toast; %s is the file's name */
      message = g_strdup_printf (_("Lesson saved as “%s”"), name);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
    }
  /* closed while drawing: its widgets are gone */
  if (self->closed)
    return;
  set_running (self, NULL);
  if (!written)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("Stopped: nothing was saved."));
      else
        show_error (self, error->message);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
start (DlmLessonDialog *self,
       const char      *path)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = g_task_new (self, cancellable, on_lesson_written, NULL);
  Job *job = g_new0 (Job, 1);
  guint theme = adw_combo_row_get_selected (self->theme_row);

  job->ids = checked_ids (self);
  job->seed = self->seed;
  job->deck = adw_combo_row_get_selected (self->kind_row) == KIND_DECK;
  job->theme = theme == 2 ? DLM_THEME_PROJECTOR : theme == 1 ? DLM_THEME_DARK : DLM_THEME_LIGHT;
  job->paper = adw_combo_row_get_selected (self->paper_row) == 1 ? DLM_PAPER_LETTER : DLM_PAPER_A4;
  job->path = g_strdup (path);
  job->permille = &self->permille;
  job->cancellable = g_object_ref (cancellable);
  g_task_set_task_data (task, job, job_free);
  show_error (self, NULL);
  set_running (self, cancellable);
  g_task_run_in_thread (task, write_lesson);
}

void
dlm_lesson_dialog_export_to (DlmLessonDialog *self,
                             const char      *path)
{
  g_autofree char *target = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DLM_IS_LESSON_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!dlm_lesson_dialog_is_running (self));

  /* a folder, a device or a link to nothing is refused before drawing */
  if ((target = dlm_export_resolve_target (path, &error)) == NULL)
    show_error (self, error->message);
  else
    start (self, path);
}

gboolean
dlm_lesson_dialog_can_export (DlmLessonDialog *self)
{
  g_auto(GStrv) ids = NULL;

  g_return_val_if_fail (DLM_IS_LESSON_DIALOG (self), FALSE);

  ids = checked_ids (self);
  return ids[0] != NULL && !dlm_lesson_dialog_is_running (self);
}

static void
on_native_response (DlmLessonDialog      *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_clear_object (&self->native);
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    dlm_lesson_dialog_export_to (self, path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (widget);
  gboolean deck = adw_combo_row_get_selected (self->kind_row) == KIND_DECK;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->native = gtk_file_chooser_native_new (_("Export Lesson"), GTK_WINDOW (self),
                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->native), TRUE);
  /* Translators: the file names offered for an exported lesson */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->native),
                                     deck ? _("lesson.pdf") : _("handout.pdf"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->native), filter);
  g_signal_connect_object (self->native, "response", G_CALLBACK (on_native_response),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->native));
}

/* Cancel stops a lesson being drawn (nothing is written), else closes. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (widget);

  if (dlm_lesson_dialog_is_running (self))
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static gboolean
dlm_lesson_dialog_close_request (GtkWindow *window)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (window);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  self->closed = TRUE;
  return GTK_WINDOW_CLASS (dlm_lesson_dialog_parent_class)->close_request (window);
}

static void
add_topic_rows (DlmLessonDialog *self)
{
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dlm_topic_get_title (topic));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "toggled", G_CALLBACK (update_actions), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (self->topics_group, row);
      g_ptr_array_add (self->checks, check);
      g_ptr_array_add (self->ids, g_strdup (dlm_topic_get_id (topic)));
    }
}

GtkWidget *
dlm_lesson_dialog_new (GtkWindow       *parent,
                       AdwToastOverlay *toasts,
                       guint32          seed)
{
  DlmLessonDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);

  self = g_object_new (DLM_TYPE_LESSON_DIALOG, "transient-for", parent, NULL);
  self->toasts = g_object_ref (toasts);
  self->seed = seed;
  return GTK_WIDGET (self);
}

static void
dlm_lesson_dialog_dispose (GObject *object)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  if (self->native != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->native));
  g_clear_object (&self->native);
  g_clear_object (&self->toasts);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_LESSON_DIALOG);
  G_OBJECT_CLASS (dlm_lesson_dialog_parent_class)->dispose (object);
}

static void
dlm_lesson_dialog_finalize (GObject *object)
{
  DlmLessonDialog *self = DLM_LESSON_DIALOG (object);

  g_ptr_array_unref (self->checks);
  g_ptr_array_unref (self->ids);
  G_OBJECT_CLASS (dlm_lesson_dialog_parent_class)->finalize (object);
}

static void
dlm_lesson_dialog_class_init (DlmLessonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = dlm_lesson_dialog_dispose;
  object_class->finalize = dlm_lesson_dialog_finalize;
  window_class->close_request = dlm_lesson_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dlmath/Explorer/ui/dlm-lesson-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, topics_group);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, options_page);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DlmLessonDialog, progress_bar);
  gtk_widget_class_install_action (widget_class, "lesson.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "lesson.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "lesson.cancel", NULL);
}

static void
dlm_lesson_dialog_init (DlmLessonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
  self->ids = g_ptr_array_new_with_free_func (g_free);
  add_topic_rows (self);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (update_actions),
                           self, G_CONNECT_SWAPPED);
  update_actions (self);
}
