/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char     *topic;
  gboolean  list_topics;
  gboolean  list_params;
  gboolean  summary;
  gboolean  quiz;
  gboolean  help;            /* printed by main(), which has the option context */
  gboolean  version;
  GStrv     sets;
  char     *seed;
  char     *size;
  char     *theme;
  char     *scale;
  char     *export_path;
  char     *deck;            /* --deck FILE.pdf: a lesson's slides */
  char     *handout;         /* --handout FILE.pdf: a lesson to print */
  char     *topics;          /* --topics a,b,...: the lesson's topics */
  char     *paper;           /* --paper a4|letter: the handout's */
  char     *fps;             /* --fps N: an animation's frames per second */
  char     *duration;        /* --duration S: an animation's length */
  char     *frames;          /* --frames A:B: some of an animation's frames */
  gboolean  once;            /* --once: a GIF that plays once */
} DlmCliOptions;

#define DLM_CLI_OK          0
#define DLM_CLI_WRITE_ERROR 1
#define DLM_CLI_BAD_INPUT   2

GOptionEntry *dlm_cli_option_entries (DlmCliOptions *options);
gboolean      dlm_cli_handle         (int            *argc,
                                      char         ***argv,
                                      DlmCliOptions  *options,
                                      int            *status);
gboolean      dlm_cli_is_batch       (const DlmCliOptions *options);
int           dlm_cli_run            (const DlmCliOptions *options);
void          dlm_cli_options_clear  (DlmCliOptions *options);
/* Prints @text to standard output, checked: DLM_CLI_OK, or
 * DLM_CLI_WRITE_ERROR after saying why on standard error. */
int           dlm_cli_print          (const char    *text);
/* "--topic: “ID” is not a topic; …", with ID quoted as every message
 * quotes what was given. */
void          dlm_cli_set_unknown_topic_error (const char  *id,
                                               GError     **error);

G_END_DECLS
