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
  GStrv     sets;
  char     *seed;
  char     *size;
  char     *theme;
  char     *scale;
  char     *export_path;
} DlmCliOptions;

#define DLM_CLI_OK          0
#define DLM_CLI_WRITE_ERROR 1
#define DLM_CLI_BAD_INPUT   2

GOptionEntry *dlm_cli_option_entries (DlmCliOptions *options);
gboolean      dlm_cli_is_batch       (const DlmCliOptions *options);
int           dlm_cli_run            (const DlmCliOptions *options);
void          dlm_cli_options_clear  (DlmCliOptions *options);

G_END_DECLS
