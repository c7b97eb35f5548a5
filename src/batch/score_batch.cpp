// score_batch: NDJSON inputs and runs of JSON files (folders) on worker threads, CSV and
// stdin in order on the caller's (splitting a CSV into fields is most of its cost, and
// handing rows to workers cost more than it saved).
//
// The calling thread reads chunks of whole lines (or takes the next few file names) and
// hands them to the workers; each worker reads, parses and scores a whole job; the caller
// passes finished jobs to the sink strictly in input order. At most 2 x workers + 2 jobs
// exist at once, so memory stays bounded whatever the input size.

#include "batch/answers_parser.hpp"
#include "batch/line_chunker.hpp"
#include "batch/record_source.hpp"
#include "batch/row_scorer.hpp"
#include "forms/read_export.hpp"

#include <salesaudit/batch.hpp>
#include <salesaudit/error.hpp>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace salesaudit {

namespace batch {

namespace {

constexpr std::size_t kChunkBytes = std::size_t{1} << 20;
// JSON files per job: enough to amortise the hand-over, few enough to keep both cores busy.
constexpr std::size_t kFilesPerJob = 32;

struct Job {
  LineChunk chunk;
  std::vector<BatchInput> files;  // a job of JSON files when not empty
  std::vector<ScoreRow> rows;     // rows[0, used) are this chunk's; the rest are kept for reuse
  std::size_t used = 0;
  std::exception_ptr error;
  bool done = false;
};

class ParallelScorer {
 public:
  ParallelScorer(QuestionnaireCache& cache, const BatchOptions& options, unsigned threads, bool details)
      : cache_(cache), options_(options), details_(details) {
    for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
  }
  ParallelScorer(const ParallelScorer&) = delete;
  ParallelScorer& operator=(const ParallelScorer&) = delete;
  ~ParallelScorer() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    work_ready_.notify_all();
    for (auto& worker : workers_) worker.join();
  }

  // An NDJSON input. Returns false when the sink asked to stop.
  bool run(ByteSource& source, const std::string& name, const std::function<bool(ScoreRow&&)>& sink,
           const std::function<void()>& idle) {
    name_ = name;
    LineChunker chunker(source, kChunkBytes, kMaxLine);
    return run_jobs([&](Job& job) { return chunker.next(job.chunk); }, sink, idle);
  }

  // JSON files, scored in this order. Returns false when the sink asked to stop.
  bool run_files(const std::vector<BatchInput>& files, const std::function<bool(ScoreRow&&)>& sink) {
    std::size_t next = 0;
    return run_jobs(
        [&](Job& job) {
          if (next == files.size()) return false;
          const std::size_t end = std::min(files.size(), next + kFilesPerJob);
          job.files.assign(files.begin() + static_cast<std::ptrdiff_t>(next),
                           files.begin() + static_cast<std::ptrdiff_t>(end));
          job.chunk.input_idle = false;
          next = end;
          return true;
        },
        sink, {});
  }

 private:
  bool run_jobs(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
                const std::function<void()>& idle) {
    std::deque<std::unique_ptr<Job>> in_flight;
    try {
      return pump(fill, sink, idle, in_flight);
    } catch (...) {
      drain();  // no worker may still use a job when it is freed
      throw;
    }
  }

  bool pump(const std::function<bool(Job&)>& fill, const std::function<bool(ScoreRow&&)>& sink,
            const std::function<void()>& idle, std::deque<std::unique_ptr<Job>>& in_flight) {
    const std::size_t in_flight_max = 2 * workers_.size() + 2;
    std::vector<std::unique_ptr<Job>> spare;
    bool more = true;
    bool input_idle = false;  // the last chunk took all the input there was: deliver first
    while (more || !in_flight.empty()) {
      while (more && !input_idle && in_flight.size() < in_flight_max) {
        std::unique_ptr<Job> job;
        if (spare.empty()) {
          job = std::make_unique<Job>();
        } else {
          job = std::move(spare.back());
          spare.pop_back();
        }
        job->files.clear();
        more = fill(*job);
        if (!more) break;
        input_idle = job->chunk.input_idle;
        job->used = 0;
        job->done = false;
        {
          std::lock_guard lock(mutex_);
          queue_.push_back(job.get());
        }
        work_ready_.notify_one();
        in_flight.push_back(std::move(job));
      }
      if (in_flight.empty()) break;
      Job& front = *in_flight.front();
      {
        std::unique_lock lock(mutex_);
        job_done_.wait(lock, [&] { return front.done; });
      }
      if (front.error) std::rethrow_exception(front.error);
      for (std::size_t k = 0; k < front.used; ++k) {
        if (!sink(std::move(front.rows[k]))) {
          drain();
          return false;
        }
      }
      spare.push_back(std::move(in_flight.front()));
      in_flight.pop_front();
      if (input_idle && in_flight.empty()) {
        // Every row the input has asked for so far is out; only now wait for more input.
        if (idle) idle();
        input_idle = false;
      }
    }
    return true;
  }

  // Drops the chunks not started and waits for those being scored.
  void drain() {
    std::unique_lock lock(mutex_);
    queue_.clear();
    job_done_.wait(lock, [&] { return busy_ == 0; });
  }

  void work() {
    AnswersParser parser;
    BatchRecord record;  // reused from line to line, as are the rows of a recycled job
    for (;;) {
      Job* job = nullptr;
      {
        std::unique_lock lock(mutex_);
        work_ready_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;
        job = queue_.front();
        queue_.pop_front();
        ++busy_;
      }
      try {
        if (!job->files.empty()) {
          for (const auto& file : job->files) {
            read_records(file, options_, cache_, parser, [&](BatchRecord&& read) {
              if (job->used == job->rows.size()) job->rows.emplace_back();
              score_record_into(read, job->rows[job->used++], details_);
              return true;
            });
          }
        } else {
          for_each_line(job->chunk, [&](std::string_view line, std::size_t number, bool too_long) {
            if (!too_long && blank_line(line)) return;
            if (job->used == job->rows.size()) job->rows.emplace_back();
            read_ndjson_record(line, number, too_long, name_, cache_, parser, record);
            score_record_into(record, job->rows[job->used++], details_);
          });
        }
      } catch (...) {
        job->error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        job->done = true;
        --busy_;
      }
      job_done_.notify_all();
    }
  }

  QuestionnaireCache& cache_;
  const BatchOptions& options_;
  bool details_;
  std::string name_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_done_;
  std::deque<Job*> queue_;
  int busy_ = 0;
  bool stopping_ = false;
};

}  // namespace

}  // namespace batch

void score_batch(const std::vector<std::string>& inputs, const BatchOptions& options, const Registry& registry,
                 const BatchRunOptions& run, const std::function<bool(ScoreRow&&)>& sink) {
  batch::QuestionnaireCache cache(registry, options.questionnaire);
  batch::AnswersParser parser;
  std::unique_ptr<batch::ParallelScorer> pool;
  const unsigned threads = run.threads > 0 ? run.threads : std::max(1U, std::thread::hardware_concurrency());
  bool go_on = true;
  auto score_in_order = [&](BatchRecord&& record) {
    return go_on = sink(score_record(std::move(record), run.details));
  };
  auto make_pool = [&] {
    if (!pool) pool = std::make_unique<batch::ParallelScorer>(cache, options, threads, run.details);
    return pool.get();
  };
  const std::vector<BatchInput> expanded = expand_inputs(inputs, options.format);
  for (std::size_t k = 0; k < expanded.size();) {
    const BatchInput& input = expanded[k];
    if (input.format == InputFormat::json && input.path != "-") {
      // A run of JSON files (a folder): read and scored on the workers, rows in this order.
      std::size_t end = k;
      while (end < expanded.size() && expanded[end].format == InputFormat::json && expanded[end].path != "-") ++end;
      if (end - k == 1) {
        batch::read_records(input, options, cache, parser, score_in_order);
      } else {
        const std::vector<BatchInput> files(expanded.begin() + static_cast<std::ptrdiff_t>(k),
                                            expanded.begin() + static_cast<std::ptrdiff_t>(end));
        go_on = make_pool()->run_files(files, sink);
      }
      k = end;
      if (!go_on) return;
      continue;
    }
    ++k;
    if (input.format == InputFormat::ndjson && !forms::ndjson_is_surveyjs(input, options, cache)) {
      const std::string name = input.path == "-" ? "<stdin>" : input.path;
      std::optional<batch::ByteSource> source;
      try {
        source.emplace(batch::ByteSource::open(input));
      } catch (const Error& e) {
        ScoreRow row;
        row.where = name;
        row.errors = {e.what()};
        row.error_code = e.code();
        if (!sink(std::move(row))) return;
        continue;
      }
      try {
        go_on = make_pool()->run(*source, name, sink, run.idle);
      } catch (const InputError& e) {
        ScoreRow row;
        row.where = name;
        row.errors = {e.what()};
        row.error_code = e.code();
        go_on = sink(std::move(row));
      }
    } else {
      batch::read_records(input, options, cache, parser, score_in_order);
    }
    if (!go_on) return;
  }
}

}  // namespace salesaudit
