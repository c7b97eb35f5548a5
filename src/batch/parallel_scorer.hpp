#pragma once
// The worker pool of score_batch: the calling thread hands out jobs (a chunk of NDJSON
// lines, of CSV records, or a few JSON files) and passes their rows to the sink strictly
// in input order; each worker reads, parses and scores a whole job. At most
// 2 x workers + 2 jobs exist at once, so memory stays bounded whatever the input size.

#include "batch/byte_source.hpp"
#include "batch/csv_answers.hpp"
#include "batch/csv_chunker.hpp"
#include "batch/line_chunker.hpp"
#include "batch/questionnaire_cache.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/io.hpp>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace salesaudit::batch {

class AnswersParser;

class ParallelScorer {
 public:
  ParallelScorer(QuestionnaireCache& cache, const BatchOptions& options, unsigned threads, bool details,
                 std::function<void(ScoreRow&)> prepare);
  ParallelScorer(const ParallelScorer&) = delete;
  ParallelScorer& operator=(const ParallelScorer&) = delete;
  ~ParallelScorer();

  // An NDJSON input. Returns false when the sink asked to stop.
  bool run(ByteSource& source, const std::string& name, const std::function<bool(ScoreRow&&)>& sink,
           const std::function<void()>& idle);

  // The records of a CSV file after its header (`source` starts at `start`), converted
  // through `answers`. Returns false when the sink asked to stop; `rest` is where a
  // record too long to chunk starts (nullopt when chunking reached the end).
  bool run_csv(ByteSource& source, const CsvPosition& start, const CsvAnswers& answers, const std::string& name,
               const std::function<bool(ScoreRow&&)>& sink, std::optional<CsvPosition>& rest);

  // JSON files, scored in this order; of the files of one identity_group with the same
  // device and inode, only the first gives rows. Returns false when the sink asked to stop.
  bool run_files(const std::vector<BatchInput>& files, const std::function<bool(ScoreRow&&)>& sink);

 private:
  // Where a JSON file's rows end in its job, and which file was read (see BatchInput).
  struct FileRows {
    std::size_t end = 0;
    FileIdentity identity;
  };

  struct Job {
    LineChunk chunk;
    std::vector<BatchInput> files;    // a job of JSON files when not empty
    std::vector<FileRows> file_rows;  // per file of `files`
    std::vector<ScoreRow> rows;       // rows[0, used) are this chunk's; the rest are kept for reuse
    std::size_t used = 0;
    std::exception_ptr error;
    bool done = false;
  };

  // Files already read, by identity_group, device and inode.
  using FilesRead = std::set<std::tuple<std::uint32_t, std::uint64_t, std::uint64_t>>;

  bool run_jobs(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
                const std::function<void()>& idle);
  bool pump(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
            const std::function<void()>& idle, std::deque<std::unique_ptr<Job>>& in_flight);
  // Passes a finished job's rows on, leaving out those of files already read. False when
  // the sink asked to stop.
  static bool deliver(Job& job, FilesRead& files_read, const std::function<bool(ScoreRow&&)>& sink);
  // Drops the chunks not started and waits for those being scored.
  void drain();
  void work();
  void score_files(Job& job, AnswersParser& parser);
  void score_csv_chunk(Job& job, BatchRecord& record);
  // Scores `record` into the next row of `job` (rows are reused from job to job).
  void add_row(Job& job, const BatchRecord& record);

  QuestionnaireCache& cache_;
  const BatchOptions& options_;
  bool details_;
  std::function<void(ScoreRow&)> prepare_;  // formats a row on its worker (may be empty)
  std::string name_;
  const CsvAnswers* csv_ = nullptr;  // the CSV file being scored
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_done_;
  std::deque<Job*> queue_;
  int busy_ = 0;
  bool stopping_ = false;
};

}  // namespace salesaudit::batch
