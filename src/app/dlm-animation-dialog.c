/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlm-animation-dialog-private.h"
#include "dlm-animation.h"
#include "dlm-export.h"
#include "dlm-error.h"
#include "dlm-export-dialog.h"
#include "dlm-parse.h"

#define DIALOG_WIDTH      560
#define DIALOG_HEIGHT     680
#define DIALOG_MIN_HEIGHT 320

#define MIN_SIDE   16
#define MAX_WIDTH  3840
#define MAX_HEIGHT 2160

/* The size presets, in the order of the size row's entries. */
enum {
  SIZE_VIEW,
  SIZE_SLIDE,
  SIZE_HD,
  SIZE_SMALL,
  SIZE_CUSTOM,
};

typedef struct _ExportJob ExportJob;

struct _DlmAnimationDialog
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toasts;
  AdwWindowTitle       *title_widget;
  GtkWidget            *export_button;
  GtkWidget            *options_page;
  AdwComboRow          *format_row;
  GtkWidget            *loop_row;
  GtkSwitch            *loop_switch;
  GtkWidget            *fps_row;
  GtkSpinButton        *fps_spin;
  GtkLabel             *fps_error;
  AdwActionRow         *duration_row;
  GtkSpinButton        *duration_spin;
  GtkLabel             *duration_error;
  AdwActionRow         *range_row;
  GtkSwitch            *range_switch;
  GtkWidget            *first_row;
  GtkWidget            *last_row;
  GtkSpinButton        *first_spin;
  GtkSpinButton        *last_spin;
  GtkLabel             *range_error;
  GtkLabel             *frames_label;
  AdwComboRow          *size_row;
  GtkWidget            *width_row;
  GtkWidget            *height_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  GtkLabel             *width_error;
  GtkLabel             *height_error;
  AdwComboRow          *theme_row;
  GtkRevealer          *progress_revealer;
  GtkLabel             *progress_label;
  GtkLabel             *percent_label;
  GtkProgressBar       *progress_bar;

  AdwToastOverlay      *window_toasts;
  DlmTopic             *topic;
  int                   view_width;
  int                   view_height;
  DlmFramePlan          plan;       /* the last good values */
  gboolean              updating;   /* the widgets are being set from the plan */
  GtkFileChooserNative *native;
  ExportJob            *job;        /* the export under way, or NULL */
};

G_DEFINE_FINAL_TYPE (DlmAnimationDialog, dlm_animation_dialog, ADW_TYPE_WINDOW)

/* One export: what the worker thread needs, owned by the task and by the
 * progress updates on their way to the main loop. @dialog is read and
 * cleared on the main thread only. */
struct _ExportJob
{
  DlmTopic           *topic;        /* a copy for the worker thread */
  char               *path;         /* where it goes, links followed */
  char               *chosen;       /* the name the user chose */
  DlmVideoSpec        spec;
  DlmTheme            theme;
  DlmFramePlan        plan;
  GCancellable       *cancellable;
  AdwToastOverlay    *toasts;
  DlmAnimationDialog *dialog;

  GMutex              lock;
  double              fraction;
  gboolean            update_pending;
};

static void
export_job_clear (ExportJob *job)
{
  g_clear_object (&job->topic);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->chosen, g_free);
  g_clear_object (&job->cancellable);
  g_clear_object (&job->toasts);
  g_mutex_clear (&job->lock);
}

static ExportJob *
export_job_ref (ExportJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

static void
export_job_unref (ExportJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) export_job_clear);
}

/* Fields --------------------------------------------------------------- */

static GtkWidget *
error_holder (GtkLabel *label)
{
  return gtk_widget_get_parent (GTK_WIDGET (label));
}

static GtkWidget *
error_field (DlmAnimationDialog *self,
             DlmAnimationField   field)
{
  switch (field)
    {
    case DLM_ANIMATION_FIELD_FPS:
      return GTK_WIDGET (self->fps_spin);
    case DLM_ANIMATION_FIELD_DURATION:
      return GTK_WIDGET (self->duration_spin);
    case DLM_ANIMATION_FIELD_RANGE:
      return GTK_WIDGET (self->last_spin);
    case DLM_ANIMATION_FIELD_WIDTH:
      return GTK_WIDGET (self->width_spin);
    case DLM_ANIMATION_FIELD_HEIGHT:
      return GTK_WIDGET (self->height_spin);
    default:
      g_assert_not_reached ();
    }
}

static GtkLabel *
error_label (DlmAnimationDialog *self,
             DlmAnimationField   field)
{
  GtkLabel *labels[] = {
    [DLM_ANIMATION_FIELD_FPS] = self->fps_error,
    [DLM_ANIMATION_FIELD_DURATION] = self->duration_error,
    [DLM_ANIMATION_FIELD_RANGE] = self->range_error,
    [DLM_ANIMATION_FIELD_WIDTH] = self->width_error,
    [DLM_ANIMATION_FIELD_HEIGHT] = self->height_error,
  };

  g_assert (field < G_N_ELEMENTS (labels));
  return labels[field];
}

/* A refused value's message goes under its field, which is marked
 * invalid for screen readers; NULL takes it away. */
static void
show_error (DlmAnimationDialog *self,
            DlmAnimationField   field,
            const char         *message)
{
  GtkLabel *label = error_label (self, field);
  GtkWidget *input = error_field (self, field);

  gtk_label_set_text (label, message ? message : "");
  gtk_widget_set_visible (error_holder (label), message != NULL);
  if (message != NULL)
    gtk_widget_add_css_class (input, "error");
  else
    gtk_widget_remove_css_class (input, "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (input), GTK_ACCESSIBLE_STATE_INVALID,
                               message ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

const char *
dlm_animation_dialog_get_error (DlmAnimationDialog *self,
                                DlmAnimationField   field)
{
  GtkLabel *label;

  g_return_val_if_fail (DLM_IS_ANIMATION_DIALOG (self), NULL);

  label = error_label (self, field);
  return gtk_widget_get_visible (error_holder (label)) ? gtk_label_get_text (label) : NULL;
}

/* The plan ------------------------------------------------------------- */

static char *
format_seconds (double seconds)
{
  /* tenths, or hundredths where tenths would round a short clip away */
  return g_strdup_printf (seconds < 10 ? "%.2f" : "%.1f", seconds);
}

static void
show_frames (DlmAnimationDialog *self)
{
  const DlmFramePlan *plan = &self->plan;
  g_autofree char *length = format_seconds (plan->n_frames / plan->fps);
  g_autofree char *text = NULL;

  /* TRANSLATORS: the frames an export writes and how long they play, e.g. "60 frames, 2.00 s" */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u frame, %s s", "%u frames, %s s", plan->n_frames),
                          plan->n_frames, length);
  gtk_label_set_text (self->frames_label, text);
}

static gboolean
range_enabled (DlmAnimationDialog *self)
{
  return gtk_switch_get_active (self->range_switch);
}

static void
show_range (DlmAnimationDialog *self)
{
  const DlmFramePlan *plan = &self->plan;
  guint last = plan->first + plan->n_frames - 1;
  g_autofree char *from = format_seconds (plan->first / plan->fps);
  g_autofree char *to = format_seconds ((last + 1) / plan->fps);
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->first_row, range_enabled (self));
  gtk_widget_set_visible (self->last_row, range_enabled (self));
  if (range_enabled (self))
    /* TRANSLATORS: a range of frames and the part of the animation it shows */
    text = g_strdup_printf (_("Frames %u to %u of %u: from %s s to %s s of the animation"),
                            plan->first, last, plan->total, from, to);
  else
    text = g_strdup_printf (_("All %u frames, numbered from 0"), plan->total);
  adw_action_row_set_subtitle (self->range_row, text);

  gtk_adjustment_configure (gtk_spin_button_get_adjustment (self->first_spin),
                            plan->first, 0, plan->total - 1, 1, 10, 0);
  gtk_adjustment_configure (gtk_spin_button_get_adjustment (self->last_spin),
                            last, 0, plan->total - 1, 1, 10, 0);
}

/* Sets every field from the plan: the last good values stay in view. */
static void
show_plan (DlmAnimationDialog *self)
{
  g_autofree char *natural = format_seconds (self->plan.animation.seconds);
  g_autofree char *subtitle = g_strdup_printf (_("Seconds for the whole animation; %s s at normal speed"),
                                               natural);

  self->updating = TRUE;
  gtk_spin_button_set_value (self->fps_spin, self->plan.fps);
  gtk_spin_button_set_value (self->duration_spin, self->plan.duration);
  adw_action_row_set_subtitle (self->duration_row, subtitle);
  show_range (self);
  show_frames (self);
  self->updating = FALSE;
}


/* Plans with @fps and @duration; a range of frames keeps its place in the
 * animation when the number of frames changes. */
static gboolean
plan_timing (DlmAnimationDialog *self,
             double              fps,
             double              duration,
             DlmFramePlan       *plan,
             GError            **error)
{
  const DlmFramePlan *old = &self->plan;
  double scale;
  gint64 first, last;

  if (!dlm_frame_plan_init (plan, self->topic, fps, duration, -1, -1, error))
    return FALSE;
  if (!range_enabled (self))
    return TRUE;

  scale = (double) (plan->total - 1) / (old->total - 1);
  first = (gint64) round (old->first * scale);
  last = (gint64) round ((old->first + old->n_frames - 1) * scale);
  return dlm_frame_plan_init (plan, self->topic, fps, duration, first, last + 1, error);
}

/* Takes new timing, or refuses it under @field and keeps the last good
 * values; returns whether it was taken. */
static gboolean
apply_timing (DlmAnimationDialog *self,
              DlmAnimationField   field,
              double              fps,
              double              duration)
{
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;

  if (!plan_timing (self, fps, duration, &plan, &error))
    {
      show_error (self, field, error->message);
      show_plan (self);
      return FALSE;
    }
  show_error (self, field, NULL);
  self->plan = plan;
  show_plan (self);
  return TRUE;
}

static gboolean
apply_range (DlmAnimationDialog *self,
             gint64              first,
             gint64              last)
{
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;

  if (!dlm_frame_plan_init (&plan, self->topic, self->plan.fps, self->plan.duration,
                            first, last < 0 ? -1 : last + 1, &error))
    {
      show_error (self, DLM_ANIMATION_FIELD_RANGE, error->message);
      show_plan (self);
      return FALSE;
    }
  show_error (self, DLM_ANIMATION_FIELD_RANGE, NULL);
  self->plan = plan;
  show_plan (self);
  return TRUE;
}

static void
on_fps_changed (DlmAnimationDialog *self)
{
  if (!self->updating)
    apply_timing (self, DLM_ANIMATION_FIELD_FPS,
                  gtk_spin_button_get_value (self->fps_spin), self->plan.duration);
}

static void
on_duration_changed (DlmAnimationDialog *self)
{
  if (!self->updating)
    apply_timing (self, DLM_ANIMATION_FIELD_DURATION,
                  self->plan.fps, gtk_spin_button_get_value (self->duration_spin));
}

static void
on_range_changed (DlmAnimationDialog *self)
{
  if (!self->updating)
    apply_range (self, gtk_spin_button_get_value_as_int (self->first_spin),
                 gtk_spin_button_get_value_as_int (self->last_spin));
}

static void
on_range_enabled (DlmAnimationDialog *self)
{
  if (range_enabled (self))
    apply_range (self, self->plan.first, self->plan.first + self->plan.n_frames - 1);
  else
    apply_range (self, -1, -1);
}

/* Typed text ------------------------------------------------------------ */

/* Typed text the spin button would clamp or drop in silence: the message
 * the command line gives for it goes under the field. A number goes to
 * the plan itself; 0 and less (which the plan reads as "the default") and
 * text that is no number get the number check the plan makes, with the
 * same words. */
static void
refuse_typed_timing (DlmAnimationDialog *self,
                     DlmAnimationField   field,
                     const char         *text)
{
  gboolean is_fps = field == DLM_ANIMATION_FIELD_FPS;
  const char *option = is_fps ? "--fps" : "--duration";
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;
  double value;

  if (dlm_parse_double (option, text, &value, NULL) && value > 0 &&
      !dlm_frame_plan_init (&plan, self->topic, is_fps ? value : self->plan.fps,
                            is_fps ? self->plan.duration : value, -1, -1, &error))
    {
      show_error (self, field, error->message);
      return;
    }
  g_clear_error (&error);
  if (is_fps)
    dlm_parse_double_in (option, text, DLM_ANIMATION_MIN_FPS, DLM_ANIMATION_MAX_FPS,
                         _("a number from 1 to 60"), &value, &error);
  else
    dlm_parse_double_in (option, text, DLM_ANIMATION_MIN_DURATION, DLM_ANIMATION_MAX_DURATION,
                         _("a number of seconds from 0.1 to 600"), &value, &error);
  show_error (self, field, error != NULL ? error->message : NULL);
}

static int
on_timing_input (GtkSpinButton      *spin,
                 double             *new_value,
                 DlmAnimationDialog *self)
{
  DlmAnimationField field = spin == self->fps_spin ? DLM_ANIMATION_FIELD_FPS : DLM_ANIMATION_FIELD_DURATION;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double typed;

  double shown = gtk_adjustment_get_value (adjustment);
  double digit = pow (10, -(double) gtk_spin_button_get_digits (spin));

  if (dlm_parse_typed_number (text, &typed) &&
      typed >= gtk_adjustment_get_lower (adjustment) &&
      typed <= gtk_adjustment_get_upper (adjustment))
    {
      show_error (self, field, NULL);
      /* the value as shown, rounded to the digits, is still the value:
       * leaving the field must not turn 6.67 s into 6.7 s */
      *new_value = fabs (typed - shown) < digit / 2 ? shown : typed;
      return TRUE;
    }
  refuse_typed_timing (self, field, text);
  *new_value = gtk_adjustment_get_value (adjustment);
  return TRUE;
}

/* A frame number outside the animation: --frames's message, as the
 * command line would give for it. */
static int
on_range_input (GtkSpinButton      *spin,
                double             *new_value,
                DlmAnimationDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *message = NULL;
  gint64 typed;
  gint64 first = gtk_spin_button_get_value_as_int (self->first_spin);
  gint64 last = gtk_spin_button_get_value_as_int (self->last_spin);

  if (!g_ascii_string_to_signed (stripped, 10, G_MININT32, G_MAXINT32, &typed, NULL))
    message = g_strdup_printf (_("%s: “%s” is not a whole number"), "--frames", text);
  else if (typed < 0)  /* the plan would read −1 as "the start" or "the end" */
    {
      g_autofree char *upper = g_strdup_printf ("%u", self->plan.total - 1);

      message = g_strdup_printf (_("%s: %s is not accepted; accepted: %s to %s"), "--frames",
                                 stripped, "0", upper);
    }
  if (message != NULL)
    {
      show_error (self, DLM_ANIMATION_FIELD_RANGE, message);
      *new_value = gtk_adjustment_get_value (adjustment);
      return TRUE;
    }

  if (spin == self->first_spin)
    first = typed;
  else
    last = typed;
  /* the range as it would be: taken (the message goes) or refused */
  if (!dlm_frame_plan_init (&plan, self->topic, self->plan.fps, self->plan.duration,
                            first, last + 1, &error))
    {
      show_error (self, DLM_ANIMATION_FIELD_RANGE, error->message);
      *new_value = gtk_adjustment_get_value (adjustment);
      return TRUE;
    }
  show_error (self, DLM_ANIMATION_FIELD_RANGE, NULL);
  *new_value = typed;
  return TRUE;
}

/* Size, theme and format ------------------------------------------------- */

static void
dlm_animation_dialog_get_size (DlmAnimationDialog *self,
                               int                *width,
                               int                *height)
{
  switch (adw_combo_row_get_selected (self->size_row))
    {
    case SIZE_SLIDE:
      *width = 1920, *height = 1080;
      break;
    case SIZE_HD:
      *width = 1280, *height = 720;
      break;
    case SIZE_SMALL:
      *width = 640, *height = 360;
      break;
    case SIZE_CUSTOM:
      *width = gtk_spin_button_get_value_as_int (self->width_spin);
      *height = gtk_spin_button_get_value_as_int (self->height_spin);
      break;
    case SIZE_VIEW:
    default:
      *width = self->view_width, *height = self->view_height;
      break;
    }
}

static void
on_size_changed (DlmAnimationDialog *self)
{
  gboolean custom = adw_combo_row_get_selected (self->size_row) == SIZE_CUSTOM;

  gtk_widget_set_visible (self->width_row, custom);
  gtk_widget_set_visible (self->height_row, custom);
  if (!custom)
    {
      show_error (self, DLM_ANIMATION_FIELD_WIDTH, NULL);
      show_error (self, DLM_ANIMATION_FIELD_HEIGHT, NULL);
    }
}

/* A side typed outside what the encoders take is refused, not clamped. */
static int
on_side_input (GtkSpinButton      *spin,
               double             *new_value,
               DlmAnimationDialog *self)
{
  gboolean is_width = spin == self->width_spin;
  DlmAnimationField field = is_width ? DLM_ANIMATION_FIELD_WIDTH : DLM_ANIMATION_FIELD_HEIGHT;
  int maximum = is_width ? MAX_WIDTH : MAX_HEIGHT;
  g_autofree char *accepted = g_strdup_printf (_("%d to %d pixels"), MIN_SIDE, maximum);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  g_autoptr(GError) error = NULL;
  double value;

  if (dlm_parse_double_in (is_width ? _("Width") : _("Height"), text, MIN_SIDE, maximum,
                           accepted, &value, &error) && value == floor (value))
    {
      show_error (self, field, NULL);
      *new_value = value;
      return TRUE;
    }
  if (error == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s: %s is not a whole number; accepted: %s"),
                                                  is_width ? _("Width") : _("Height"), text, accepted);

      show_error (self, field, message);
    }
  else
    show_error (self, field, error->message);
  *new_value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  return TRUE;
}

static DlmVideoFormat
dlm_animation_dialog_get_format (DlmAnimationDialog *self)
{
  return adw_combo_row_get_selected (self->format_row) == 1 ? DLM_VIDEO_WEBM : DLM_VIDEO_GIF;
}

static const char *
format_extension (DlmVideoFormat format)
{
  return format == DLM_VIDEO_WEBM ? "webm" : "gif";
}

static void
on_format_changed (DlmAnimationDialog *self)
{
  /* a video plays once; looping is the player's business */
  gtk_widget_set_visible (self->loop_row, dlm_animation_dialog_get_format (self) == DLM_VIDEO_GIF);
}

/* Exporting ------------------------------------------------------------ */

/* While @path is written the options wait and the progress shows;
 * NULL: done. */
static void
dlm_animation_dialog_set_busy (DlmAnimationDialog *self,
                               const char         *path)
{
  gboolean busy = path != NULL;

  gtk_widget_set_sensitive (self->options_page, !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "animation.export", !busy);
  gtk_revealer_set_reveal_child (self->progress_revealer, busy);
  if (busy)
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *text = g_strdup_printf (_("Writing “%s”…"), name);

      gtk_label_set_text (self->progress_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      gtk_label_set_text (self->percent_label, _("Starting…"));
    }
}

static void
show_progress (DlmAnimationDialog *self,
               double              fraction)
{
  g_autofree char *text = g_strdup_printf (_("%.0f %%"), floor (fraction * 100));

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_label_set_text (self->percent_label, text);
}

static gboolean
deliver_progress (gpointer data)
{
  ExportJob *job = data;
  double fraction;

  g_mutex_lock (&job->lock);
  fraction = job->fraction;
  job->update_pending = FALSE;
  g_mutex_unlock (&job->lock);

  if (job->dialog != NULL && job->dialog->job == job)
    show_progress (job->dialog, fraction);
  return G_SOURCE_REMOVE;
}

/* On the worker thread: at most one update waits for the main loop. */
static void
on_export_progress (double   fraction,
                    gpointer data)
{
  ExportJob *job = data;
  gboolean schedule;

  g_mutex_lock (&job->lock);
  job->fraction = CLAMP (fraction, 0, 1);
  schedule = !job->update_pending;
  job->update_pending = TRUE;
  g_mutex_unlock (&job->lock);

  if (schedule)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, deliver_progress,
                     export_job_ref (job), (GDestroyNotify) export_job_unref);
}

static void
export_thread (GTask        *task,
               gpointer      source,
               gpointer      data,
               GCancellable *cancellable)
{
  ExportJob *job = data;
  GError *error = NULL;

  if (dlm_topic_export_animation (job->topic, job->path, &job->spec, &job->theme, &job->plan,
                                  on_export_progress, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done (GObject      *source,
             GAsyncResult *result,
             gpointer      data)
{
  ExportJob *job = data;
  DlmAnimationDialog *self = job->dialog;
  g_autoptr(GError) error = NULL;
  gboolean saved = g_task_propagate_boolean (G_TASK (result), &error);

  if (saved)
    dlm_export_show_saved (job->toasts, job->chosen);

  if (self != NULL && self->job == job)
    {
      self->job = NULL;
      job->dialog = NULL;
      export_job_unref (job);  /* the dialog's reference */
      dlm_animation_dialog_set_busy (self, NULL);
      if (saved)
        gtk_window_destroy (GTK_WINDOW (self));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Export cancelled; nothing was saved")));
      else
        dlm_export_show_error (GTK_WINDOW (self), error->message);
    }
  export_job_unref (job);
}

static ExportJob *
dlm_animation_dialog_new_job (DlmAnimationDialog *self,
                              const char         *chosen,
                              char               *path)
{
  ExportJob *job = g_atomic_rc_box_new0 (ExportJob);
  int width, height;

  g_mutex_init (&job->lock);
  dlm_animation_dialog_get_size (self, &width, &height);
  job->topic = dlm_topic_copy (self->topic);
  job->chosen = g_strdup (chosen);
  job->path = path;
  job->plan = self->plan;
  job->spec.width = width;
  job->spec.height = height;
  job->spec.fps = self->plan.fps;
  job->spec.n_frames = self->plan.n_frames;
  job->spec.loop = gtk_switch_get_active (self->loop_switch);
  if (!dlm_video_format_from_path (chosen, &job->spec.format))
    job->spec.format = dlm_animation_dialog_get_format (self);
  dlm_theme_init (&job->theme, adw_combo_row_get_selected (self->theme_row),
                  dlm_theme_auto_scale (width, height));
  job->cancellable = g_cancellable_new ();
  job->toasts = g_object_ref (self->window_toasts);
  job->dialog = self;

  return job;
}

void
dlm_animation_dialog_export_to (DlmAnimationDialog *self,
                                const char         *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  char *target;

  g_return_if_fail (DLM_IS_ANIMATION_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->job == NULL);

  if ((target = dlm_export_resolve_target (path, &error)) == NULL)
    {
      dlm_export_show_error (GTK_WINDOW (self), error->message);
      return;
    }

  /* the dialog holds the job's first reference; the task and its callback
   * hold one each */
  self->job = dlm_animation_dialog_new_job (self, path, target);
  dlm_animation_dialog_set_busy (self, path);
  task = g_task_new (NULL, self->job->cancellable, export_done, export_job_ref (self->job));
  g_task_set_task_data (task, export_job_ref (self->job), (GDestroyNotify) export_job_unref);
  /* the outcome is what the writer did, even if Cancel came too late */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_name (task, "dlm-export-animation");
  g_task_run_in_thread (task, export_thread);
}

/* A name without the extension of a video format gets the chosen one's:
 * "lln" and "lln.v2" become "lln.gif"/"lln.v2.gif"; "lln.webm" stays and
 * is written as WebM whatever the format row says. */
static char *
path_with_extension (GFile          *file,
                     DlmVideoFormat  format)
{
  g_autofree char *path = g_file_get_path (file);
  DlmVideoFormat named;

  if (path == NULL || dlm_video_format_from_path (path, &named))
    return g_steal_pointer (&path);

  return g_strdup_printf ("%s.%s", path, format_extension (format));
}

static void
on_native_response (GtkNativeDialog    *native,
                    int                 response,
                    DlmAnimationDialog *self)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_autofree char *path = NULL;

  g_clear_object (&self->native);
  if (response != GTK_RESPONSE_ACCEPT)
    return;

  path = file ? path_with_extension (file, dlm_animation_dialog_get_format (self)) : NULL;
  if (path == NULL)
    dlm_export_show_error (GTK_WINDOW (self),
                           _("Only files on this computer can be written. Choose a local folder."));
  else
    dlm_animation_dialog_export_to (self, path);
}

static void
dlm_animation_dialog_choose_file (DlmAnimationDialog *self)
{
  DlmVideoFormat format = dlm_animation_dialog_get_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = g_strdup_printf ("%s.%s", dlm_topic_get_id (self->topic),
                                           format_extension (format));
  g_autofree char *pattern = g_strdup_printf ("*.%s", format_extension (format));
  const char *folder = g_get_user_special_dir (format == DLM_VIDEO_GIF ? G_USER_DIRECTORY_PICTURES
                                                                       : G_USER_DIRECTORY_VIDEOS);

  self->native = gtk_file_chooser_native_new (_("Export Animation"), GTK_WINDOW (self),
                                              GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->native), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->native), name);
  if (folder != NULL && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->native), dir, NULL);
    }
  gtk_file_filter_set_name (filter, format == DLM_VIDEO_GIF ? _("Animated GIF") : _("WebM video"));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->native), filter);
  g_signal_connect (self->native, "response", G_CALLBACK (on_native_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->native));
}

/* Actions ----------------------------------------------------------------- */

static gboolean
dlm_animation_dialog_has_error (DlmAnimationDialog *self)
{
  for (guint field = 0; field < DLM_ANIMATION_N_FIELDS; field++)
    if (dlm_animation_dialog_get_error (self, field) != NULL)
      {
        gtk_widget_grab_focus (error_field (self, field));
        return TRUE;
      }
  return FALSE;
}

static gboolean
is_edited (GtkSpinButton *spin)
{
  g_autofree char *shown = g_strdup_printf ("%0.*f", gtk_spin_button_get_digits (spin),
                                            gtk_spin_button_get_value (spin));

  return g_strcmp0 (shown, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DlmAnimationDialog *self = DLM_ANIMATION_DIALOG (widget);
  GtkSpinButton *spins[] = { self->fps_spin, self->duration_spin, self->first_spin,
                             self->last_spin, self->width_spin, self->height_spin };

  if (self->job != NULL || self->native != NULL)
    return;

  /* text still being typed counts, as if Enter had been pressed; a field
   * that shows its value as it was keeps its message */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    if (gtk_widget_get_mapped (GTK_WIDGET (spins[i])) && is_edited (spins[i]))
      gtk_spin_button_update (spins[i]);

  if (!dlm_animation_dialog_has_error (self))
    dlm_animation_dialog_choose_file (self);
}

/* Cancel stops an export under way (the dialog stays, to try again) or
 * closes the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  DlmAnimationDialog *self = DLM_ANIMATION_DIALOG (widget);

  if (self->job != NULL)
    {
      g_cancellable_cancel (self->job->cancellable);
      gtk_label_set_text (self->percent_label, _("Cancelling…"));
    }
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* Life ---------------------------------------------------------------------- */

/* Closing the dialog cancels its export; the writer removes what it began. */
static void
dlm_animation_dialog_drop_job (DlmAnimationDialog *self)
{
  if (self->job == NULL)
    return;

  g_cancellable_cancel (self->job->cancellable);
  self->job->dialog = NULL;
  g_clear_pointer (&self->job, export_job_unref);
}

static void
dlm_animation_dialog_dispose (GObject *object)
{
  DlmAnimationDialog *self = DLM_ANIMATION_DIALOG (object);
  GtkSpinButton *spins[] = { self->fps_spin, self->duration_spin, self->first_spin,
                             self->last_spin, self->width_spin, self->height_spin };

  /* a spin button losing the focus as it goes reads its text once more */
  for (guint i = 0; i < G_N_ELEMENTS (spins); i++)
    if (spins[i] != NULL)
      g_signal_handlers_disconnect_by_data (spins[i], self);
  dlm_animation_dialog_drop_job (self);
  if (self->native != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->native, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->native));
      g_clear_object (&self->native);
    }
  g_clear_object (&self->topic);
  g_clear_object (&self->window_toasts);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_ANIMATION_DIALOG);

  G_OBJECT_CLASS (dlm_animation_dialog_parent_class)->dispose (object);
}

static void
dlm_animation_dialog_class_init (DlmAnimationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_animation_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/dlmath/Explorer/ui/dlm-animation-dialog.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DlmAnimationDialog, name)
  BIND (toasts);
  BIND (title_widget);
  BIND (export_button);
  BIND (options_page);
  BIND (format_row);
  BIND (loop_row);
  BIND (loop_switch);
  BIND (fps_row);
  BIND (fps_spin);
  BIND (fps_error);
  BIND (duration_row);
  BIND (duration_spin);
  BIND (duration_error);
  BIND (range_row);
  BIND (range_switch);
  BIND (first_row);
  BIND (last_row);
  BIND (first_spin);
  BIND (last_spin);
  BIND (range_error);
  BIND (frames_label);
  BIND (size_row);
  BIND (width_row);
  BIND (height_row);
  BIND (width_spin);
  BIND (height_spin);
  BIND (width_error);
  BIND (height_error);
  BIND (theme_row);
  BIND (progress_revealer);
  BIND (progress_label);
  BIND (percent_label);
  BIND (progress_bar);
#undef BIND
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_range_enabled);
  gtk_widget_class_bind_template_callback (widget_class, on_size_changed);

  gtk_widget_class_install_action (widget_class, "animation.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "animation.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "animation.cancel", NULL);
}

static void
connect_spin (DlmAnimationDialog *self,
              GtkSpinButton      *spin,
              GCallback           changed,
              GCallback           input)
{
  g_signal_connect_object (spin, "value-changed", changed, self, G_CONNECT_SWAPPED);
  g_signal_connect_object (spin, "input", input, self, 0);
}

static void
dlm_animation_dialog_init (DlmAnimationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  connect_spin (self, self->fps_spin, G_CALLBACK (on_fps_changed), G_CALLBACK (on_timing_input));
  connect_spin (self, self->duration_spin, G_CALLBACK (on_duration_changed), G_CALLBACK (on_timing_input));
  connect_spin (self, self->first_spin, G_CALLBACK (on_range_changed), G_CALLBACK (on_range_input));
  connect_spin (self, self->last_spin, G_CALLBACK (on_range_changed), G_CALLBACK (on_range_input));
  g_signal_connect_object (self->width_spin, "input", G_CALLBACK (on_side_input), self, 0);
  g_signal_connect_object (self->height_spin, "input", G_CALLBACK (on_side_input), self, 0);
}

/* The size row's entries: the figure as the window shows it first. */
static void
dlm_animation_dialog_fill_sizes (DlmAnimationDialog *self)
{
  g_autofree char *view = g_strdup_printf (_("Current view (%d × %d)"), self->view_width, self->view_height);
  const char *labels[] = { view, _("Slide (1920 × 1080)"), _("HD (1280 × 720)"),
                           _("Small (640 × 360)"), _("Custom"), NULL };
  g_autoptr(GtkStringList) sizes = gtk_string_list_new (labels);

  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (sizes));
  adw_combo_row_set_selected (self->size_row, SIZE_VIEW);
  gtk_spin_button_set_value (self->width_spin, self->view_width);
  gtk_spin_button_set_value (self->height_spin, self->view_height);
}

GtkWidget *
dlm_animation_dialog_new (GtkWindow       *parent,
                          AdwToastOverlay *toasts,
                          DlmTopic        *topic,
                          DlmVideoFormat   format,
                          int              view_width,
                          int              view_height,
                          DlmThemeKind     view_theme)
{
  g_autoptr(GError) error = NULL;
  DlmAnimationDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);
  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);

  self = g_object_new (DLM_TYPE_ANIMATION_DIALOG, "transient-for", parent, NULL);
  /* no taller than the window it belongs to: on a small screen the
   * options scroll rather than the buttons leaving the screen */
  if (gtk_widget_get_height (GTK_WIDGET (parent)) > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), DIALOG_WIDTH,
                                 CLAMP (gtk_widget_get_height (GTK_WIDGET (parent)) - 24,
                                        DIALOG_MIN_HEIGHT, DIALOG_HEIGHT));
  if (!dlm_frame_plan_init (&self->plan, topic, -1, -1, -1, -1, &error))
    {
      g_critical ("%s: %s", G_STRFUNC, error->message);
      gtk_window_destroy (GTK_WINDOW (self));
      return NULL;
    }
  self->topic = g_object_ref (topic);
  self->window_toasts = g_object_ref (toasts);
  self->view_width = CLAMP (view_width, MIN_SIDE, MAX_WIDTH);
  self->view_height = CLAMP (view_height, MIN_SIDE, MAX_HEIGHT);
  adw_window_title_set_subtitle (self->title_widget, dlm_topic_get_title (topic));
  adw_combo_row_set_selected (self->format_row, format == DLM_VIDEO_WEBM ? 1 : 0);
  adw_combo_row_set_selected (self->theme_row, view_theme);
  dlm_animation_dialog_fill_sizes (self);
  show_plan (self);
  /* Enter exports, as in any dialog; Cancel is a Tab or Escape away */
  gtk_window_set_focus (GTK_WINDOW (self), self->export_button);

  return GTK_WIDGET (self);
}

/* For the tests ---------------------------------------------------------- */

const DlmFramePlan *
dlm_animation_dialog_get_plan (DlmAnimationDialog *self)
{
  g_return_val_if_fail (DLM_IS_ANIMATION_DIALOG (self), NULL);

  return &self->plan;
}

gboolean
dlm_animation_dialog_is_exporting (DlmAnimationDialog *self)
{
  g_return_val_if_fail (DLM_IS_ANIMATION_DIALOG (self), FALSE);

  return self->job != NULL;
}

GtkWidget *
dlm_animation_dialog_get_part (DlmAnimationDialog *self,
                               const char         *name)
{
  g_return_val_if_fail (DLM_IS_ANIMATION_DIALOG (self), NULL);

  return GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), DLM_TYPE_ANIMATION_DIALOG, name));
}
